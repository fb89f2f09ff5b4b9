import type { ConfidenceLevel, EvidenceType, Language, OrganisationType, Role, SensitivityLevel } from '@hub/domain';

/**
 * The living demo: organisations from the 2019 working group, a user per role, and research
 * questions from DOMAIN.md's examples with contributions in English, Arabic and French.
 * Sign-in passwords are generated at first seed (never stored here).
 */
export interface DemoOrganisation {
  name: string;
  acronym?: string;
  type: OrganisationType;
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { name: 'UNHCR', type: 'UN_AGENCY' },
  { name: 'UNICEF', type: 'UN_AGENCY' },
  { name: 'WFP', type: 'UN_AGENCY' },
  { name: 'UN-Habitat', type: 'UN_AGENCY' },
  { name: 'OCHA', type: 'UN_AGENCY' },
  { name: 'Norwegian Refugee Council', acronym: 'NRC', type: 'INTERNATIONAL_NGO' },
  { name: 'Danish Refugee Council', acronym: 'DRC', type: 'INTERNATIONAL_NGO' },
  { name: 'Solidarites International', type: 'INTERNATIONAL_NGO' },
  { name: 'CARITAS Lebanon', type: 'NATIONAL_NGO' },
  { name: 'ABAAD', type: 'NATIONAL_NGO' },
  { name: 'Lebanese Palestinian Committee', acronym: 'LPC', type: 'GOVERNMENT' },
  { name: 'CAMEALEON', type: 'ACADEMIA' },
];

export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  organisation: string;
  roles: Role[];
  leadSectors?: string[];
  sectors?: string[];
  language: Language;
}

export const DEMO_USERS: DemoUser[] = [
  { key: 'admin', email: 'admin@demo.knowledge-hub.org', displayName: 'Maya Platform-Admin', organisation: 'OCHA', roles: ['PLATFORM_ADMIN'], language: 'en' },
  { key: 'moderator', email: 'moderator@demo.knowledge-hub.org', displayName: 'Karim Moderator', organisation: 'OCHA', roles: ['MODERATOR'], language: 'ar' },
  { key: 'orgAdmin', email: 'orgadmin@demo.knowledge-hub.org', displayName: 'Nour Haddad', organisation: 'ABAAD', roles: ['ORGANISATION_ADMIN', 'CONTRIBUTOR'], language: 'ar' },
  { key: 'leadEducation', email: 'lead.education@demo.knowledge-hub.org', displayName: 'Sarah Education-Lead', organisation: 'UNICEF', roles: ['SECTOR_LEAD'], leadSectors: ['EDU', 'PROT-CP'], language: 'en' },
  { key: 'leadFood', email: 'lead.food@demo.knowledge-hub.org', displayName: 'Omar Food-Security-Lead', organisation: 'WFP', roles: ['SECTOR_LEAD'], leadSectors: ['FSA', 'BA', 'LIV'], language: 'en' },
  { key: 'leadProtection', email: 'lead.protection@demo.knowledge-hub.org', displayName: 'Claire Protection-Lead', organisation: 'UNHCR', roles: ['SECTOR_LEAD'], leadSectors: ['PROT', 'PROT-GBV', 'SHELTER'], language: 'fr' },
  { key: 'contributorNrc', email: 'field.nrc@demo.knowledge-hub.org', displayName: 'Jean Martin', organisation: 'Norwegian Refugee Council', roles: ['CONTRIBUTOR'], sectors: ['SHELTER'], language: 'fr' },
  { key: 'contributorCaritas', email: 'field.caritas@demo.knowledge-hub.org', displayName: 'Rania Khoury', organisation: 'CARITAS Lebanon', roles: ['CONTRIBUTOR'], sectors: ['PROT'], language: 'ar' },
  { key: 'contributorDrc', email: 'field.drc@demo.knowledge-hub.org', displayName: 'Ahmad Saleh', organisation: 'Danish Refugee Council', roles: ['CONTRIBUTOR'], sectors: ['LIV'], language: 'en' },
  { key: 'contributorSi', email: 'field.si@demo.knowledge-hub.org', displayName: 'Lina Farhat', organisation: 'Solidarites International', roles: ['CONTRIBUTOR'], sectors: ['WASH'], language: 'fr' },
  { key: 'analyst', email: 'analyst@demo.knowledge-hub.org', displayName: 'Tarek Analyst', organisation: 'CAMEALEON', roles: ['ANALYST'], language: 'en' },
];

export interface DemoContribution {
  by: string;
  body: string;
  language: Language;
  places?: string[];
  cohorts?: string[];
  evidenceType: EvidenceType;
  confidence: ConfidenceLevel;
  anonymous?: boolean;
  tags?: string[];
  helpfulFrom?: string[];
  comments?: Array<{ by: string; body: string }>;
}

export interface DemoQuestion {
  by: string;
  title: string;
  body: string;
  purpose: string;
  source: { assessment: string; year: number; indicator: string };
  sectors: string[];
  places: string[];
  cohorts: string[];
  tags: string[];
  sensitivity: SensitivityLevel;
  access?: { sectors: string[] };
  closesInDays: number;
  contributions: DemoContribution[];
  synthesis?: { body: string; cite: number[]; close: boolean };
}

export const DEMO_QUESTIONS: DemoQuestion[] = [
  {
    by: 'leadEducation',
    title: 'Why did child labour rise in Akkar between 2022 and 2023?',
    body: 'VASyR shows the share of Syrian children aged 5-17 engaged in **child labour** rising in Akkar while it stayed flat in most districts. We cannot explain it from the survey alone.',
    purpose: 'To adjust the Education sector’s retention and cash-for-education programmes in Akkar before the next school year.',
    source: { assessment: 'VASyR', year: 2023, indicator: 'Children aged 5-17 engaged in child labour' },
    sectors: ['EDU', 'PROT-CP'],
    places: ['LB51'],
    cohorts: ['SYR'],
    tags: ['child labour'],
    sensitivity: 'PUBLIC',
    closesInDays: -10,
    contributions: [
      {
        by: 'orgAdmin',
        body: 'في مجموعات النقاش مع الأمهات في ببنين والمحمرة، قالت معظم المشاركات إن الأطفال يعملون في الزراعة الموسمية لتسديد ديون المحلات والإيجار. بعض العائلات أخرجت الأولاد من المدرسة بعد الصف السادس.',
        language: 'ar',
        places: ['LB51'],
        cohorts: ['SYR'],
        evidenceType: 'FOCUS_GROUP_DISCUSSION',
        confidence: 'MEDIUM',
        anonymous: true,
        tags: ['child labour', 'debt'],
        helpfulFrom: ['contributorDrc', 'leadEducation'],
        comments: [{ by: 'contributorDrc', body: 'Did the mothers say which crops? Potato season in the plain starts in March.' }],
      },
      {
        by: 'contributorDrc',
        body: 'Our livelihoods team in Halba sees employers hiring children for the potato and vegetable harvest because they can pay them less than adults. Transport to secondary schools also costs more since fuel prices rose.',
        language: 'en',
        places: ['LB51'],
        cohorts: ['SYR', 'LEB'],
        evidenceType: 'DIRECT_OBSERVATION',
        confidence: 'HIGH',
        tags: ['child labour', 'livelihoods'],
        helpfulFrom: ['leadEducation'],
      },
    ],
    synthesis: {
      body: 'Two drivers explain most of the rise: **household debt** pushing children into seasonal agricultural work, and the cost of **transport to secondary school**. Recommended: time cash-for-education transfers with the harvest season and fund transport in Akkar.',
      cite: [0, 1],
      close: true,
    },
  },
  {
    by: 'leadFood',
    title: 'How much of the rise in households below the SMEB between 2019 and 2020 is price inflation, and how much is lost work?',
    body: 'Households below the Survival Minimum Expenditure Basket went from **55% (2019) to 89% (2020)**. We need field knowledge on whether this is mostly the lira’s collapse or job losses.',
    purpose: 'To decide the balance between transfer values and livelihoods support in the next response plan.',
    source: { assessment: 'VASyR', year: 2020, indicator: 'Households below the SMEB' },
    sectors: ['BA', 'FSA', 'LIV'],
    places: ['LB'],
    cohorts: ['SYR'],
    tags: ['SMEB'],
    sensitivity: 'PUBLIC',
    closesInDays: 21,
    contributions: [
      {
        by: 'contributorNrc',
        body: 'Dans nos visites à domicile à Tripoli, la plupart des ménages ont gardé le même travail journalier, mais leur salaire en livres ne suffit plus : les prix du pain et du loyer ont été multipliés par trois.',
        language: 'fr',
        places: ['LB56'],
        evidenceType: 'HOUSEHOLD_VISITS',
        confidence: 'MEDIUM',
        tags: ['SMEB'],
      },
      {
        by: 'contributorDrc',
        body: 'In the Bekaa, construction work stopped almost completely during the lockdowns; men we interviewed lost 2-3 days of work a week. Lost work mattered at least as much as prices there.',
        language: 'en',
        places: ['LB25'],
        evidenceType: 'KEY_INFORMANT_INTERVIEW',
        confidence: 'LOW',
        tags: ['livelihoods'],
      },
    ],
  },
  {
    by: 'leadProtection',
    title: 'Why is legal residency lower in Baalbek-Hermel than in Mount Lebanon: fees, sponsorship, or fear of moving through checkpoints?',
    body: 'Legal residency rates differ sharply between governorates. Field teams have hypotheses; we want evidence.',
    purpose: 'To target legal aid and advocacy on residency fees where they matter most.',
    source: { assessment: 'VASyR', year: 2023, indicator: 'Individuals aged 15+ with legal residency' },
    sectors: ['PROT'],
    places: ['LB21', 'LB22', 'LB31'],
    cohorts: ['SYR'],
    tags: ['legal residency'],
    sensitivity: 'RESTRICTED',
    closesInDays: 14,
    contributions: [
      {
        by: 'contributorCaritas',
        body: 'يخاف الكثير من الرجال في الهرمل من المرور على الحواجز للوصول إلى مكتب الأمن العام في بعلبك، لذلك لا يجددون الإقامة حتى لو كانت الرسوم معفاة.',
        language: 'ar',
        places: ['LB22'],
        evidenceType: 'KEY_INFORMANT_INTERVIEW',
        confidence: 'MEDIUM',
        anonymous: true,
        tags: ['legal residency'],
      },
    ],
  },
  {
    by: 'leadFood',
    title: 'Akkar and Zahle have similar assistance coverage; why do their food-insecurity rates differ?',
    body: 'Coverage of cash and food assistance is comparable, yet moderate and severe food insecurity is much higher in Akkar.',
    purpose: 'To understand whether targeting or local markets explain the gap before re-targeting.',
    source: { assessment: 'VASyR', year: 2022, indicator: 'Moderately or severely food insecure households' },
    sectors: ['FSA'],
    places: ['LB51', 'LB25'],
    cohorts: ['SYR', 'LEB'],
    tags: ['food insecurity'],
    sensitivity: 'PUBLIC',
    closesInDays: 30,
    contributions: [
      {
        by: 'contributorSi',
        body: 'À Zahlé, les ménages achètent dans de grands supermarchés qui acceptent les cartes ; dans le Akkar rural, les petites boutiques facturent 15 à 20 % de plus et font crédit.',
        language: 'fr',
        places: ['LB51', 'LB25'],
        evidenceType: 'DIRECT_OBSERVATION',
        confidence: 'MEDIUM',
        tags: ['food insecurity', 'debt'],
        helpfulFrom: ['leadFood'],
      },
    ],
  },
  {
    by: 'leadFood',
    title: 'Who are households borrowing from (shops, landlords, relatives), and why is average debt rising?',
    body: 'Average debt per household keeps rising. We want to know who lends, on what terms, and what the money pays for.',
    purpose: 'To design debt-aware cash assistance and protect households from exploitative lending.',
    source: { assessment: 'VASyR', year: 2023, indicator: 'Average debt per household' },
    sectors: ['BA', 'LIV'],
    places: ['LB'],
    cohorts: ['SYR', 'PRS'],
    tags: ['debt'],
    sensitivity: 'PUBLIC',
    closesInDays: 18,
    contributions: [
      {
        by: 'orgAdmin',
        body: 'الدين الأكبر عند معظم العائلات لصاحب الدكان، ثم لصاحب البيت. الدكان يسجل في دفتر ويطلب التسديد عند وصول المساعدة النقدية.',
        language: 'ar',
        places: ['LB51'],
        evidenceType: 'HOUSEHOLD_VISITS',
        confidence: 'HIGH',
        tags: ['debt'],
        helpfulFrom: ['leadFood', 'contributorNrc'],
      },
    ],
  },
  {
    by: 'leadEducation',
    title: 'Why is school enrolment of 15–17-year-olds so much lower than primary, and how does it relate to child labour by district?',
    body: 'Enrolment drops sharply after primary. We want district-level explanations.',
    purpose: 'To plan outreach and accelerated learning for adolescents out of school.',
    source: { assessment: 'VASyR', year: 2023, indicator: 'School enrolment, ages 15-17' },
    sectors: ['EDU'],
    places: ['LB'],
    cohorts: ['SYR'],
    tags: ['school enrolment', 'child labour'],
    sensitivity: 'PUBLIC',
    closesInDays: 25,
    contributions: [],
  },
  {
    by: 'leadProtection',
    title: 'What drives the move into non-residential buildings and informal settlements in the Bekaa?',
    body: 'More households live in non-residential buildings and informal tented settlements in the Bekaa than two years ago.',
    purpose: 'To plan shelter upgrades and site planning in the Bekaa.',
    source: { assessment: 'VASyR', year: 2023, indicator: 'Households in non-residential shelters' },
    sectors: ['SHELTER'],
    places: ['LB2'],
    cohorts: ['SYR'],
    tags: ['shelter'],
    sensitivity: 'PUBLIC',
    closesInDays: 12,
    contributions: [
      {
        by: 'contributorNrc',
        body: 'Rent in Bar Elias apartments doubled in USD terms; families we follow moved to unfinished buildings where the owner accepts work instead of rent.',
        language: 'en',
        places: ['LB25'],
        evidenceType: 'DIRECT_OBSERVATION',
        confidence: 'HIGH',
        tags: ['shelter', 'eviction'],
      },
    ],
  },
  {
    by: 'leadProtection',
    title: 'Are evictions in the last six months linked to rent rises, municipal measures or tensions?',
    body: 'Eviction notices reported to protection partners rose. Some partners mention municipal measures; others rent increases.',
    purpose: 'To direct legal counselling and social-stability work where evictions cluster.',
    source: { assessment: 'VASyR', year: 2023, indicator: 'Households evicted in the last six months' },
    sectors: ['PROT', 'SHELTER'],
    places: ['LB3', 'LB5'],
    cohorts: ['SYR'],
    tags: ['eviction'],
    sensitivity: 'CONFIDENTIAL',
    access: { sectors: ['PROT', 'SHELTER'] },
    closesInDays: 9,
    contributions: [
      {
        by: 'contributorNrc',
        body: 'Dans le Metn, trois municipalités ont publié des décisions limitant la location aux ressortissants syriens ; les expulsions que nous suivons y sont concentrées.',
        language: 'fr',
        places: ['LB36'],
        evidenceType: 'SECONDARY_SOURCE',
        confidence: 'HIGH',
        tags: ['eviction'],
      },
    ],
  },
  {
    by: 'leadProtection',
    title: 'How do coping strategies of female-headed households differ?',
    body: 'Female-headed households report different coping strategies; we want to understand which and why.',
    purpose: 'To adapt protection case management and cash targeting for female-headed households.',
    source: { assessment: 'VASyR', year: 2023, indicator: 'Livelihood coping strategies by sex of head of household' },
    sectors: ['PROT-GBV', 'BA'],
    places: ['LB'],
    cohorts: ['SYR', 'PRS'],
    tags: ['coping strategies'],
    sensitivity: 'RESTRICTED',
    closesInDays: 20,
    contributions: [
      {
        by: 'contributorCaritas',
        body: 'النساء المعيلات يلجأن أكثر إلى تقليل عدد الوجبات والاستدانة من الأقارب، ويتجنبن العمل خارج المنزل بسبب رعاية الأطفال والخوف من التحرش في الطريق.',
        language: 'ar',
        places: ['LB6'],
        evidenceType: 'FOCUS_GROUP_DISCUSSION',
        confidence: 'MEDIUM',
        anonymous: true,
        tags: ['coping strategies'],
      },
    ],
  },
  {
    by: 'leadFood',
    title: 'Why are water trucking costs rising faster in Tripoli than in the rest of the North?',
    body: 'Households in Tripoli report paying more for trucked water than elsewhere in the North governorate.',
    purpose: 'To decide whether WASH cash top-ups should vary by district.',
    source: { assessment: 'VASyR', year: 2023, indicator: 'Monthly expenditure on water' },
    sectors: ['WASH', 'BA'],
    places: ['LB56'],
    cohorts: ['SYR', 'LEB'],
    tags: ['water'],
    sensitivity: 'PUBLIC',
    closesInDays: 28,
    contributions: [],
  },
];
