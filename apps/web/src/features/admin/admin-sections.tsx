import type { Role } from '@hub/domain';
import type { TFunction } from 'i18next';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** Groups of the admin navigation, in the order they are listed. */
export const ADMIN_GROUPS = ['vocabularies', 'people', 'dataProtection'] as const;
export type AdminGroup = (typeof ADMIN_GROUPS)[number];

export function groupLabel(t: TFunction<'people'>, group: AdminGroup): string {
  switch (group) {
    case 'vocabularies':
      return t('admin.groups.vocabularies');
    case 'people':
      return t('admin.groups.people');
    case 'dataProtection':
      return t('admin.groups.dataProtection');
  }
}

export interface AdminSection {
  /** Under /admin, e.g. `sectors` → /admin/sectors. */
  path: string;
  group: AdminGroup;
  /** Its name in the admin navigation and on the overview. */
  label: (t: TFunction<'people'>) => string;
  /** One line on the overview page. */
  description: (t: TFunction<'people'>) => string;
  /** Who sees it (the API enforces the same roles on every operation the page uses). */
  roles: readonly Role[];
  /** Its page, a chunk of its own. */
  Page: LazyExoticComponent<ComponentType>;
}

/** A lazily loaded page component by its export name. */
export const adminPage = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

export const PLATFORM_ADMIN: readonly Role[] = ['PLATFORM_ADMIN'];

/**
 * Every admin section. To add one: a page in its feature folder and one entry here; the route,
 * the navigation entry and the overview card follow from it.
 */
export const ADMIN_SECTIONS: readonly AdminSection[] = [
  {
    path: 'sectors',
    group: 'vocabularies',
    label: (t) => t('admin.sectors.title'),
    description: (t) => t('admin.sectors.summary'),
    roles: PLATFORM_ADMIN,
    Page: adminPage(() => import('./vocabularies/sectors-page'), 'SectorsPage'),
  },
  {
    path: 'places',
    group: 'vocabularies',
    label: (t) => t('admin.places.title'),
    description: (t) => t('admin.places.summary'),
    roles: PLATFORM_ADMIN,
    Page: adminPage(() => import('./vocabularies/places-page'), 'PlacesPage'),
  },
  {
    path: 'cohorts',
    group: 'vocabularies',
    label: (t) => t('admin.cohorts.title'),
    description: (t) => t('admin.cohorts.summary'),
    roles: PLATFORM_ADMIN,
    Page: adminPage(() => import('./vocabularies/cohorts-page'), 'CohortsPage'),
  },
  {
    path: 'tags',
    group: 'vocabularies',
    label: (t) => t('admin.tags.title'),
    description: (t) => t('admin.tags.summary'),
    roles: PLATFORM_ADMIN,
    Page: adminPage(() => import('./vocabularies/tags-page'), 'TagsPage'),
  },
  {
    path: 'users',
    group: 'people',
    label: (t) => t('admin.users.title'),
    description: (t) => t('admin.users.summary'),
    roles: PLATFORM_ADMIN,
    Page: adminPage(() => import('./people/users-page'), 'UsersPage'),
  },
  {
    path: 'organisations',
    group: 'people',
    label: (t) => t('admin.organisations.title'),
    description: (t) => t('admin.organisations.summary'),
    roles: PLATFORM_ADMIN,
    Page: adminPage(() => import('./people/organisations-page'), 'OrganisationsPage'),
  },
  {
    path: 'personal-data-patterns',
    group: 'dataProtection',
    label: (t) => t('admin.personalDataPatterns.title'),
    description: (t) => t('admin.personalDataPatterns.summary'),
    roles: PLATFORM_ADMIN,
    Page: adminPage(() => import('./data-protection/personal-data-patterns-page'), 'PersonalDataPatternsPage'),
  },
];

export function sectionsFor(roles: readonly Role[]): AdminSection[] {
  return ADMIN_SECTIONS.filter((section) => section.roles.some((role) => roles.includes(role)));
}

export function adminSectionPath(section: Pick<AdminSection, 'path'>): string {
  return `/admin/${section.path}`;
}
