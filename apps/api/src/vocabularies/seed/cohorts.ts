import type { CodedTermSeed } from './seed.types';

/** Population cohorts of the response (DOMAIN.md). */
export const LEBANON_COHORTS: CodedTermSeed[] = [
  {
    code: 'SYR',
    names: { en: 'Displaced Syrians', ar: 'النازحون السوريون', fr: 'Déplacés syriens' },
    aliases: ['Syrian refugees', 'Syrians', 'اللاجئون السوريون', 'Réfugiés syriens'],
  },
  {
    code: 'LEB',
    names: { en: 'Vulnerable Lebanese', ar: 'اللبنانيون الأكثر هشاشة', fr: 'Libanais vulnérables' },
    aliases: ['Lebanese host communities', 'Host communities', 'اللبنانيون المستضعفون', 'Communautés hôtes'],
  },
  {
    code: 'PRS',
    names: { en: 'Palestine Refugees from Syria', ar: 'اللاجئون الفلسطينيون من سوريا', fr: 'Réfugiés de Palestine venant de Syrie' },
    aliases: ['PRS', 'Palestinian refugees from Syria', 'Réfugiés palestiniens de Syrie'],
  },
  {
    code: 'PRL',
    names: { en: 'Palestine Refugees in Lebanon', ar: 'اللاجئون الفلسطينيون في لبنان', fr: 'Réfugiés de Palestine au Liban' },
    aliases: ['PRL', 'Palestinian refugees in Lebanon', 'Réfugiés palestiniens au Liban'],
  },
  {
    code: 'MIG',
    names: { en: 'Migrants', ar: 'المهاجرون', fr: 'Migrants' },
    aliases: ['Migrant workers', 'العمال المهاجرون', 'Travailleurs migrants'],
  },
];
