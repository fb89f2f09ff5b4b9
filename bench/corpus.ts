/**
 * A deterministic synthetic corpus shaped like the hub's: 10k questions and 100k contributions
 * of about 70 words in English, Arabic and French, drawn from DOMAIN.md's topics and places plus
 * a Zipf-distributed long tail (names, numbers, rarer words) so the dictionary is realistically big.
 */
import { FACETS, FacetName, SearchDocument, SearchQuery } from '../apps/api/src/search/search-engine.port';

export type Language = 'en' | 'ar' | 'fr';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: Record<Language, string[]> = {
  en: 'SMEB survival minimum expenditure basket debt borrowing landlords shops relatives child labour school enrolment dropout evictions rent residency sponsorship checkpoints fees birth registration shelter overcrowding informal settlements food insecurity coping strategies female-headed households inflation prices wages unemployment agriculture construction cash assistance vouchers health hospital medicines water sanitation electricity generators protection harassment tensions municipality curfew transport'.split(' '),
  fr: 'panier dépenses minimum survie dette emprunt propriétaires magasins travail enfants scolarisation abandon scolaire expulsions loyer résidence légale parrainage barrages frais enregistrement naissances abri surpeuplement campements informels insécurité alimentaire stratégies adaptation ménages dirigés femmes inflation prix salaires chômage agriculture bâtiment assistance espèces bons santé hôpital médicaments eau assainissement électricité générateurs protection harcèlement tensions municipalité couvre-feu transport'.split(' '),
  ar: 'سلة الحد الأدنى للإنفاق ديون الاقتراض المالكين المحلات الأقارب عمالة الأطفال التسجيل المدرسي التسرب الإخلاء الإيجار الإقامة القانونية الكفالة الحواجز الرسوم تسجيل الولادات المأوى الاكتظاظ المخيمات غير الرسمية انعدام الأمن الغذائي استراتيجيات التكيف الأسر التي ترأسها نساء التضخم الأسعار الأجور البطالة الزراعة البناء المساعدات النقدية القسائم الصحة المستشفى الأدوية المياه الصرف الصحي الكهرباء المولدات الحماية التحرش التوترات البلدية حظر التجول النقل'.split(' '),
};

const COMMON: Record<Language, string[]> = {
  en: 'the of and in to a is that for are with as was on have from by this families household people many more some they their since last year months reported said because most often also not but while after during between which who how why what area district camp village town'.split(' '),
  fr: 'le la les de des du et en un une est que pour sont avec comme dans sur par ce cette familles ménage personnes beaucoup plus certains ils leur depuis dernière année mois signalé dit parce souvent aussi pas mais pendant après entre qui comment pourquoi quoi zone district camp village ville'.split(' '),
  ar: 'في من على إلى أن هذا هذه التي الذي مع عن كان كانت العائلات الأسرة الناس كثير أكثر بعض هم منذ العام الماضي الأشهر أفادت قال لأن غالبا أيضا لا لكن بينما بعد خلال بين كيف لماذا ماذا المنطقة القضاء المخيم القرية البلدة'.split(' '),
};

/** Governorates and districts with their names in the three languages and common aliases. */
export const PLACES: Array<{ governorate: string; district: string; names: string[] }> = [
  ['BEIRUT', 'LB11', 'Beirut Beyrouth بيروت'], ['BAALBEK_HERMEL', 'LB21', 'Baalbek Baalbeck بعلبك'], ['BAALBEK_HERMEL', 'LB22', 'Hermel الهرمل'],
  ['BEKAA', 'LB23', 'Rachaya راشيا'], ['BEKAA', 'LB24', 'West-Bekaa Bekaa-Ouest البقاع-الغربي'], ['BEKAA', 'LB25', 'Zahle Zahlé زحلة'],
  ['MOUNT_LEBANON', 'LB31', 'Aley عاليه'], ['MOUNT_LEBANON', 'LB32', 'Baabda بعبدا'], ['MOUNT_LEBANON', 'LB33', 'Chouf الشوف'], ['MOUNT_LEBANON', 'LB36', 'Meten Metn المتن'],
  ['KESERWAN_JBEIL', 'LB34', 'Jbeil Byblos جبيل'], ['KESERWAN_JBEIL', 'LB35', 'Kesrwane Keserwan كسروان'],
  ['NABATIEH', 'LB41', 'Bent-Jbeil بنت-جبيل'], ['NABATIEH', 'LB42', 'Hasbaya حاصبيا'], ['NABATIEH', 'LB43', 'Marjaayoun مرجعيون'], ['NABATIEH', 'LB44', 'Nabatieh Nabatiyé النبطية'],
  ['AKKAR', 'LB51', 'Akkar Aakar عكار'], ['NORTH', 'LB52', 'Batroun البترون'], ['NORTH', 'LB53', 'Bcharre بشري'], ['NORTH', 'LB54', 'Koura الكورة'],
  ['NORTH', 'LB55', 'Minieh-Dennie المنية-الضنية'], ['NORTH', 'LB56', 'Tripoli Trablous طرابلس'], ['NORTH', 'LB57', 'Zgharta زغرتا'],
  ['SOUTH', 'LB61', 'Saida Sidon Saïda صيدا'], ['SOUTH', 'LB62', 'Jezzine جزين'], ['SOUTH', 'LB63', 'Sour Tyre صور'],
].map(([governorate, district, names]) => ({ governorate, district, names: names.split(' ') }));

const SECTORS = ['BASIC_ASSISTANCE', 'EDUCATION', 'ENERGY', 'FOOD_SECURITY', 'HEALTH', 'LIVELIHOODS', 'PROTECTION', 'SHELTER', 'SOCIAL_STABILITY', 'WASH', 'INTER_SECTOR'];
const SYLLABLES: Record<Language, string[]> = {
  en: 'ka ro min tel sar bel dan vor ish ent ary ing ton ley mar cor pel stan ber hol'.split(' '),
  fr: 'ré qua mon tai lle vi sse ien eur con pré ète ou ain ois ment ard cha gné'.split(' '),
  ar: 'مح سن عل قا رب ني ات ون كم فر شا ري جد لي تو بر حا نو دي سل'.split(' '),
};

/** Zipf-ish index in [0, n): small indexes are far more frequent. */
function zipf(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(random() * Math.log(n + 1)) - 1));
}

function longTail(random: () => number, language: Language, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const parts = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < parts; i++) word += SYLLABLES[language][Math.floor(random() * SYLLABLES[language].length)];
    words.add(word + (random() < 0.1 ? String(Math.floor(random() * 100)) : ''));
  }
  return [...words];
}

export interface Corpus {
  documents: SearchDocument[];
  queries: Record<QueryType, SearchQuery[]>;
}

export type QueryType = 'oneWord' | 'threeWords' | 'prefix3' | 'oneTypo' | 'twoFilters';

export function generateCorpus(questions: number, contributions: number, seed = 20190611, queriesPerType = 60): Corpus {
  const random = prng(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const tails: Record<Language, string[]> = { en: longTail(random, 'en', 40_000), fr: longTail(random, 'fr', 25_000), ar: longTail(random, 'ar', 35_000) };
  const language = (): Language => (random() < 0.5 ? 'en' : random() < 0.6 ? 'ar' : 'fr');
  const word = (lang: Language): string => {
    const r = random();
    if (r < 0.3) return TOPICS[lang][zipf(random, TOPICS[lang].length)];
    if (r < 0.75) return COMMON[lang][zipf(random, COMMON[lang].length)];
    if (r < 0.8) return pick(pick(PLACES).names);
    if (r < 0.82) return String(2015 + Math.floor(random() * 11));
    return tails[lang][zipf(random, tails[lang].length)];
  };
  const sentence = (lang: Language, count: number): string => Array.from({ length: count }, () => word(lang)).join(' ');
  const documents: SearchDocument[] = [];
  const titles: Array<{ title: string; lang: Language }> = [];
  const day = Date.UTC(2019, 0, 1);
  const make = (kind: SearchDocument['kind'], index: number, questionIndex: number, lang: Language, title: string): SearchDocument => {
    const place = pick(PLACES);
    const readable = random();
    const facets = Object.fromEntries(FACETS.map((facet) => [facet, [] as string[]])) as Record<FacetName, string[]>;
    Object.assign(facets, {
      kind: [kind],
      sector: [pick(SECTORS)],
      governorate: [place.governorate],
      district: [place.district],
      cohort: [pick(['SYR', 'LEB', 'PRS', 'PRL', 'MIG'])],
      status: [pick(['open', 'closed'])],
      year: [String(2019 + Math.floor(random() * 7))],
      language: [lang],
    });
    return {
      id: `${kind}:${index}`,
      kind,
      questionId: String(questionIndex),
      version: 1,
      title,
      body: sentence(lang, 55 + Math.floor(random() * 30)),
      tags: [TOPICS[lang][zipf(random, TOPICS[lang].length)], TOPICS[lang][zipf(random, TOPICS[lang].length)]],
      placeNames: place.names,
      facets,
      createdAt: day + Math.floor(random() * 7 * 365) * 86_400_000 + index,
      helpfulCount: zipf(random, 200),
      readableBy: readable < 0.8 ? ['public'] : readable < 0.95 ? ['members'] : [`sector:${pick(SECTORS)}`],
    };
  };
  for (let q = 0; q < questions; q++) {
    const lang = language();
    const title = sentence(lang, 8 + Math.floor(random() * 6));
    titles.push({ title, lang });
    documents.push(make('question', q, q, lang, title));
  }
  for (let c = 0; c < contributions; c++) {
    const q = Math.floor(random() * questions);
    documents.push(make('contribution', c, q, random() < 0.8 ? titles[q].lang : language(), titles[q].title));
  }
  return { documents, queries: generateQueries(random, queriesPerType) };
}

function generateQueries(random: () => number, count: number): Record<QueryType, SearchQuery[]> {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
  const topic = (): string => pick(TOPICS[pick<Language>(['en', 'en', 'ar', 'fr'])]);
  const longTopic = (): string => {
    for (;;) {
      const candidate = topic();
      if ([...candidate].length >= 6) return candidate;
    }
  };
  const accessTokens = ['public', 'members'];
  const typo = (term: string): string => {
    const chars = [...term];
    const at = 1 + Math.floor(random() * (chars.length - 2));
    [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]]; // a transposition, the commonest typo
    return chars.join('');
  };
  const many = (make: () => SearchQuery): SearchQuery[] => Array.from({ length: count }, make);
  return {
    oneWord: many(() => ({ text: topic(), accessTokens })),
    threeWords: many(() => {
      const lang = pick<Language>(['en', 'ar', 'fr']);
      return { text: [pick(TOPICS[lang]), pick(TOPICS[lang]), pick(COMMON[lang])].join(' '), accessTokens };
    }),
    prefix3: many(() => ({ text: [...topic().replace(/^ال/, '')].slice(0, 3).join(''), accessTokens })),
    oneTypo: many(() => ({ text: typo(longTopic()), accessTokens })),
    twoFilters: many(() => ({
      text: `${topic()} ${topic()}`,
      accessTokens,
      filters: { sector: [pick(SECTORS), pick(SECTORS)], governorate: [pick(PLACES).governorate] },
    })),
  };
}
