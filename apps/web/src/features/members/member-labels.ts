import type { TFunction } from 'i18next';
import type { MemberStatus, OrganisationType, Role } from '../../graphql/generated/graphql';

export const ALL_ROLES: readonly Role[] = ['PLATFORM_ADMIN', 'MODERATOR', 'ORGANISATION_ADMIN', 'SECTOR_LEAD', 'CONTRIBUTOR', 'ANALYST'];

/** What an organisation admin may hand out (the API's ORGANISATION_ADMIN_GRANTS). */
export const ORGANISATION_ADMIN_GRANTS: readonly Role[] = ['CONTRIBUTOR', 'ANALYST', 'ORGANISATION_ADMIN'];

export const ORGANISATION_TYPES: readonly OrganisationType[] = [
  'UN_AGENCY',
  'INTERNATIONAL_NGO',
  'NATIONAL_NGO',
  'GOVERNMENT',
  'ACADEMIA',
  'DONOR',
  'OTHER',
];

export function roleLabel(t: TFunction<'people'>, role: Role): string {
  switch (role) {
    case 'PLATFORM_ADMIN':
      return t('members.roles.PLATFORM_ADMIN');
    case 'MODERATOR':
      return t('members.roles.MODERATOR');
    case 'ORGANISATION_ADMIN':
      return t('members.roles.ORGANISATION_ADMIN');
    case 'SECTOR_LEAD':
      return t('members.roles.SECTOR_LEAD');
    case 'CONTRIBUTOR':
      return t('members.roles.CONTRIBUTOR');
    case 'ANALYST':
      return t('members.roles.ANALYST');
  }
}

export function statusLabel(t: TFunction<'people'>, status: MemberStatus): string {
  switch (status) {
    case 'ACTIVE':
      return t('members.status.ACTIVE');
    case 'INVITED':
      return t('members.status.INVITED');
    case 'DEACTIVATED':
      return t('members.status.DEACTIVATED');
    case 'ERASED':
      return t('members.status.ERASED');
  }
}
