import { FacetName, SearchDocument, SearchDocumentKind } from './search-engine.port';

/**
 * A small multilingual corpus written for the contract suite: each document exists to make one
 * behaviour observable (a typo, an Arabic spelling, an alias, a permission). Dates and helpful
 * counts are all distinct so sorts have exactly one right answer.
 */
const SAIDA = ['Saida', 'Sidon', 'صيدا', 'Saïda'];
const AKKAR = ['Akkar', 'عكار', 'Aakar'];
const TRIPOLI = ['Tripoli', 'طرابلس', 'Trablous'];
const BAALBEK = ['Baalbek', 'بعلبك', 'Baalbek-Hermel', 'Baalbek-El Hermel'];
const ZAHLE = ['Zahle', 'Zahlé', 'زحلة', 'Bekaa', 'البقاع'];

interface Shape {
  kind?: SearchDocumentKind;
  question: string;
  title: string;
  body: string;
  tags?: string[];
  places?: string[];
  sector: string;
  governorate: string;
  language: 'en' | 'ar' | 'fr';
  readableBy?: string[];
  evidenceType?: string;
  day: string;
  helpful: number;
}

function make(key: string, shape: Shape): SearchDocument {
  const kind = shape.kind ?? 'contribution';
  const facets: Record<FacetName, string[]> = {
    kind: [kind],
    sector: [shape.sector],
    governorate: [shape.governorate],
    district: [],
    cohort: ['SYR'],
    status: ['open'],
    evidenceType: shape.evidenceType ? [shape.evidenceType] : [],
    organisationType: [],
    year: [shape.day.slice(0, 4)],
    language: [shape.language],
  };
  return {
    id: `${kind}:${key}`,
    kind,
    questionId: shape.question,
    version: 1,
    title: shape.title,
    body: shape.body,
    tags: shape.tags ?? [],
    placeNames: shape.places ?? [],
    facets,
    createdAt: Date.parse(`${shape.day}T12:00:00Z`),
    helpfulCount: shape.helpful,
    readableBy: shape.readableBy ?? ['public'],
  };
}

const T = {
  smeb: 'Why did households below the SMEB rise between 2019 and 2020?',
  residency: 'Why is legal residency lower in Baalbek-Hermel than in Mount Lebanon?',
  debt: 'Who are households borrowing from, and why is debt rising?',
  school: 'Why is school enrolment of 15-17 year olds lower than primary?',
  evictions: 'Are evictions linked to rent rises or municipal measures?',
  arChildren: 'لماذا يعمل الأطفال في عكار بدلاً من الذهاب إلى المدرسة؟',
  frExpulsions: 'Pourquoi les expulsions augmentent-elles à Saïda ?',
  frEnfants: 'Le travail des enfants progresse-t-il dans la Békaa ?',
  confidential: 'School dropouts in Tripoli camps: who is recruiting the boys?',
  health: 'Why do households delay hospital visits in Tripoli?',
  arDebt: 'لماذا تزداد ديون الأسر اللاجئة في البقاع؟',
  members: 'How do coping strategies of female-headed households differ?',
};

export const CORPUS: SearchDocument[] = [
  make('smeb', { kind: 'question', question: 'smeb', title: T.smeb, body: 'Households below the survival minimum expenditure basket went from 55% to 89%. How much is price inflation and how much is lost work?', tags: ['SMEB', 'inflation'], sector: 'BA', governorate: 'BEIRUT', language: 'en', day: '2021-01-10', helpful: 12 }),
  make('residency', { kind: 'question', question: 'residency', title: T.residency, body: 'Is it the renewal cost, the sponsorship rule, or fear of moving through checkpoints?', tags: ['legal residency'], places: BAALBEK, sector: 'PROTECTION', governorate: 'BAALBEK_HERMEL', language: 'en', day: '2021-03-01', helpful: 30 }),
  make('debt', { kind: 'question', question: 'debt', title: T.debt, body: 'Average debt per household keeps growing. Shops, landlords or relatives?', tags: ['debt'], places: AKKAR, sector: 'BA', governorate: 'AKKAR', language: 'en', day: '2021-05-10', helpful: 5 }),
  make('school', { kind: 'question', question: 'school', title: T.school, body: 'Secondary enrolment is far below primary. Does it relate to work by district?', tags: ['school enrolment', 'child labour'], places: TRIPOLI, sector: 'EDU', governorate: 'NORTH', language: 'en', day: '2021-06-01', helpful: 20 }),
  make('evictions', { kind: 'question', question: 'evictions', title: T.evictions, body: 'Families report having to leave their shelters in the last six months.', tags: ['evictions'], places: SAIDA, sector: 'SHELTER', governorate: 'SOUTH', language: 'en', day: '2021-07-01', helpful: 8 }),
  make('ar-children', { kind: 'question', question: 'ar-children', title: T.arChildren, body: 'نلاحظ أن عدداً كبيراً من الأولاد يعملون في الحقول.', tags: ['عمالة الأطفال'], places: AKKAR, sector: 'EDU', governorate: 'AKKAR', language: 'ar', day: '2022-01-15', helpful: 15 }),
  make('fr-expulsions', { kind: 'question', question: 'fr-expulsions', title: T.frExpulsions, body: 'Les familles réfugiées quittent leurs logements après la hausse des loyers.', places: SAIDA, sector: 'SHELTER', governorate: 'SOUTH', language: 'fr', day: '2022-02-01', helpful: 3 }),
  make('fr-enfants', { kind: 'question', question: 'fr-enfants', title: T.frEnfants, body: 'Des organisations observent plus de mineurs dans les champs.', places: ZAHLE, sector: 'PROTECTION', governorate: 'BEKAA', language: 'fr', day: '2022-03-01', helpful: 9 }),
  make('confidential', { kind: 'question', question: 'confidential', title: T.confidential, body: 'Field teams report dropouts among boys in two camps.', places: TRIPOLI, sector: 'EDU', governorate: 'NORTH', language: 'en', readableBy: ['sector:EDU'], day: '2023-01-01', helpful: 50 }),
  make('health', { kind: 'question', question: 'health', title: T.health, body: 'Visits happen only in emergencies.', places: TRIPOLI, sector: 'HEALTH', governorate: 'NORTH', language: 'en', day: '2022-05-01', helpful: 4 }),
  make('ar-debt', { kind: 'question', question: 'ar-debt', title: T.arDebt, body: 'نسأل عن أسباب ارتفاع الاقتراض.', places: ZAHLE, sector: 'BA', governorate: 'BEKAA', language: 'ar', day: '2022-06-01', helpful: 7 }),
  make('members', { kind: 'question', question: 'members', title: T.members, body: 'Compare with male-headed households in the same districts.', sector: 'PROTECTION', governorate: 'MOUNT_LEBANON', language: 'en', readableBy: ['members'], day: '2022-07-01', helpful: 6 }),

  make('c1', { question: 'smeb', title: T.smeb, body: 'In Akkar, shop owners told us food prices doubled while daily work in agriculture stopped.', places: AKKAR, sector: 'BA', governorate: 'AKKAR', language: 'en', evidenceType: 'FGD', day: '2021-02-01', helpful: 11 }),
  make('c2', { question: 'residency', title: T.residency, body: 'Residency renewal fees of 200 USD and the sponsorship requirement keep families undocumented.', places: BAALBEK, sector: 'PROTECTION', governorate: 'BAALBEK_HERMEL', language: 'en', evidenceType: 'KII', day: '2021-03-15', helpful: 25 }),
  make('c3', { question: 'residency', title: T.residency, body: 'الرسوم المرتفعة والخوف من الحواجز يمنعان العائلات من تجديد الإقامة.', places: BAALBEK, sector: 'PROTECTION', governorate: 'BAALBEK_HERMEL', language: 'ar', evidenceType: 'FGD', day: '2021-04-01', helpful: 14 }),
  make('c4', { question: 'debt', title: T.debt, body: 'Families borrow from shops and landlords; the average reached 1,500 USD per family.', places: AKKAR, sector: 'BA', governorate: 'AKKAR', language: 'en', evidenceType: 'SURVEY', day: '2021-05-20', helpful: 2 }),
  make('c5', { question: 'school', title: T.school, body: 'Boys aged 15 leave school to work in construction; child labor is rising in the city.', places: TRIPOLI, sector: 'EDU', governorate: 'NORTH', language: 'en', evidenceType: 'KII', day: '2021-06-10', helpful: 18 }),
  make('c6', { question: 'school', title: T.school, body: 'عمالة الأطفال منتشرة في المدينة ويتركون التعليم الثانوي.', places: TRIPOLI, sector: 'EDU', governorate: 'NORTH', language: 'ar', evidenceType: 'FGD', day: '2021-06-20', helpful: 10 }),
  make('c7', { question: 'evictions', title: T.evictions, body: 'Landlords evicted three families after the rent increased twice this year.', places: SAIDA, sector: 'SHELTER', governorate: 'SOUTH', language: 'en', evidenceType: 'HOUSEHOLD_VISITS', day: '2021-07-15', helpful: 16 }),
  make('c8', { question: 'fr-expulsions', title: T.frExpulsions, body: 'Des propriétaires ont expulsé des familles syriennes ; le loyer a doublé.', places: SAIDA, sector: 'SHELTER', governorate: 'SOUTH', language: 'fr', evidenceType: 'KII', day: '2022-02-10', helpful: 1 }),
  make('c9', { question: 'fr-enfants', title: T.frEnfants, body: 'Dans la Békaa, des enfants de 12 ans travaillent dans l’agriculture ; la scolarisation baisse.', places: ZAHLE, sector: 'PROTECTION', governorate: 'BEKAA', language: 'fr', evidenceType: 'OBSERVATION', day: '2022-03-10', helpful: 19 }),
  make('c10', { question: 'ar-children', title: T.arChildren, body: 'الأَطْفَال يعملون في الزراعة في عكـــار منذ ٢٠٢١ بسبب الديون.', places: [], sector: 'EDU', governorate: 'AKKAR', language: 'ar', evidenceType: 'OBSERVATION', day: '2022-01-20', helpful: 13 }),
  make('c11', { question: 'ar-children', title: T.arChildren, body: 'أطفال كثيرون تركوا المدرسة بسبب الفقر.', places: AKKAR, sector: 'EDU', governorate: 'AKKAR', language: 'ar', evidenceType: 'FGD', day: '2022-01-25', helpful: 17 }),
  make('c12', { question: 'ar-debt', title: T.arDebt, body: 'ازدادت الأعباء على الأسرة بسبب الإيجار.', places: ZAHLE, sector: 'BA', governorate: 'BEKAA', language: 'ar', evidenceType: 'KII', day: '2022-06-10', helpful: 21 }),
  make('c13', { question: 'confidential', title: T.confidential, body: 'Recruiters wait near the camps; dropouts start at 13.', places: TRIPOLI, sector: 'EDU', governorate: 'NORTH', language: 'en', readableBy: ['sector:EDU'], evidenceType: 'KII', day: '2023-01-10', helpful: 40 }),
  make('c14', { question: 'health', title: T.health, body: 'Hospital fees are too high, so households wait until it is an emergency.', places: TRIPOLI, sector: 'HEALTH', governorate: 'NORTH', language: 'en', evidenceType: 'FGD', day: '2022-05-10', helpful: 22 }),
  make('c15', { question: 'smeb', title: T.smeb, body: 'À Tripoli, l’inflation a réduit le pouvoir d’achat des ménages sous le panier minimum.', places: TRIPOLI, sector: 'BA', governorate: 'NORTH', language: 'fr', evidenceType: 'SECONDARY', day: '2021-02-15', helpful: 23 }),
  make('c16', { question: 'residency', title: T.residency, body: 'Les frais de résidence sont trop élevés pour les familles.', places: BAALBEK, sector: 'PROTECTION', governorate: 'BAALBEK_HERMEL', language: 'fr', evidenceType: 'KII', day: '2021-04-15', helpful: 24 }),
  make('c17', { question: 'ar-debt', title: T.arDebt, body: 'مستوى الاقتراض على العائلات في المنطقة مرتفع جداً.', places: ZAHLE, sector: 'BA', governorate: 'BEKAA', language: 'ar', evidenceType: 'SURVEY', day: '2022-06-20', helpful: 26 }),
  make('c18', { question: 'evictions', title: T.evictions, body: 'إخلاء عائلات بعد ارتفاع الإيجارات.', places: SAIDA, sector: 'SHELTER', governorate: 'SOUTH', language: 'ar', evidenceType: 'KII', day: '2021-08-01', helpful: 27 }),
  make('s1', { kind: 'synthesis', question: 'school', title: T.school, body: 'Across districts, secondary enrolment falls where child labour rises; the gap is widest in Akkar and Tripoli.', tags: ['school enrolment', 'child labour'], places: TRIPOLI, sector: 'EDU', governorate: 'NORTH', language: 'en', day: '2021-09-01', helpful: 28 }),
];

export const CHILD_LABOUR_SYNONYMS = ['child labour', 'child labor', 'عمالة الأطفال', 'travail des enfants'];
