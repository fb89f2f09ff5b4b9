import { useTranslation } from 'react-i18next';
import type { Role } from '../../graphql/generated/graphql';
import { CheckboxGroup } from '../../ui';
import { useVocabularies } from '../vocabulary';
import { roleLabel } from './member-labels';

export interface RolesFieldsProps {
  grantable: readonly Role[];
  roles: readonly Role[];
  leadSectors: readonly string[];
  onChange: (roles: Role[], leadSectors: string[]) => void;
  rolesError?: string;
  leadSectorsError?: string;
}

/** Roles as checkboxes and, for sector leads, the sectors they lead. */
export function RolesFields({ grantable, roles, leadSectors, onChange, rolesError, leadSectorsError }: RolesFieldsProps) {
  const { t } = useTranslation('people');
  const { sectorOptions } = useVocabularies();
  const isLead = roles.includes('SECTOR_LEAD');
  return (
    <>
      <CheckboxGroup
        legend={t('members.fields.roles')}
        error={rolesError}
        options={grantable.map((role) => ({ value: role, label: roleLabel(t, role) }))}
        selected={roles}
        onChange={(selected) => {
          const next = grantable.filter((role) => selected.includes(role));
          onChange(next, next.includes('SECTOR_LEAD') ? [...leadSectors] : []);
        }}
      />
      {isLead ? (
        <CheckboxGroup
          legend={t('members.fields.leadSectors')}
          hint={t('members.fields.leadSectorsHint')}
          error={leadSectorsError}
          options={sectorOptions}
          selected={leadSectors}
          onChange={(selected) => onChange([...roles], selected)}
        />
      ) : null}
    </>
  );
}
