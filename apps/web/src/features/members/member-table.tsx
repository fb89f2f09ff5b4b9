import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberFieldsFragment, Role } from '../../graphql/generated/graphql';
import { Button, ErrorMessage } from '../../ui';
import { useAction } from '../admin/action-errors';
import { AdminTable, RowWithEditor } from '../admin/admin-list';
import { useVocabularies } from '../vocabulary';
import {
  DEACTIVATE_MEMBER_MUTATION,
  PASSWORD_RESET_LINK_MUTATION,
  REACTIVATE_MEMBER_MUTATION,
  SET_MEMBER_ROLES_MUTATION,
} from './graphql/members.operations';
import { roleLabel, statusLabel } from './member-labels';
import { OneTimeLink } from './one-time-link';
import { RolesFields } from './roles-fields';

export interface MemberTableProps {
  caption: string;
  members: readonly MemberFieldsFragment[];
  /** Roles the viewer may grant; members holding others cannot be managed by them. */
  grantable: readonly Role[];
  viewerId: string;
  organisationName?: (organisationId: string) => string;
  onChanged?: () => void;
}

/** Members with their roles and state, and what the viewer may do to each. */
export function MemberTable({ caption, members, grantable, viewerId, organisationName, onChanged }: MemberTableProps) {
  const { t } = useTranslation('people');
  const [open, setOpen] = useState<string | null>(null);
  const columns = [
    t('members.fields.displayName'),
    t('members.fields.email'),
    ...(organisationName ? [t('members.fields.organisation')] : []),
    t('members.fields.roles'),
    t('members.fields.status'),
    t('admin.actions'),
  ];
  return (
    <AdminTable caption={caption} columns={columns}>
      {members.map((member) => {
        const manageable = member.id !== viewerId && member.status !== 'ERASED' && member.roles.every((role) => grantable.includes(role));
        return (
          <RowWithEditor
            key={member.id}
            testId={`member-${member.id}`}
            columns={columns.length}
            editor={open === member.id ? <ManageMember member={member} grantable={grantable} onChanged={onChanged} /> : null}
          >
            <th scope="row">
              <bdi>{member.displayName}</bdi>
            </th>
            <td dir="ltr">{member.email ?? '—'}</td>
            {organisationName ? (
              <td>
                <bdi>{organisationName(member.organisationId)}</bdi>
              </td>
            ) : null}
            <td>{member.roles.map((role) => roleLabel(t, role)).join(', ')}</td>
            <td>{statusLabel(t, member.status)}</td>
            <td>
              {manageable ? (
                <Button
                  variant="secondary"
                  aria-expanded={open === member.id}
                  aria-label={t('members.manageNamed', { name: member.displayName })}
                  onClick={() => setOpen(open === member.id ? null : member.id)}
                >
                  {t('members.manage')}
                </Button>
              ) : null}
            </td>
          </RowWithEditor>
        );
      })}
    </AdminTable>
  );
}

function ManageMember({ member, grantable, onChanged }: { member: MemberFieldsFragment; grantable: readonly Role[]; onChanged?: () => void }) {
  const { t } = useTranslation('people');
  const { sectorName } = useVocabularies();
  const rolesAction = useAction();
  const statusAction = useAction();
  const resetAction = useAction();
  const [roles, setRoles] = useState<Role[]>([...member.roles]);
  const [leadSectors, setLeadSectors] = useState<string[]>([...member.leadSectors]);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [resetLink, setResetLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [setMemberRoles] = useMutation(SET_MEMBER_ROLES_MUTATION);
  const [deactivate] = useMutation(DEACTIVATE_MEMBER_MUTATION);
  const [reactivate] = useMutation(REACTIVATE_MEMBER_MUTATION);
  const [createResetLink] = useMutation(PASSWORD_RESET_LINK_MUTATION);

  const saveRoles = async () => {
    setSaved(false);
    if (await rolesAction.run(() => setMemberRoles({ variables: { input: { userId: member.id, roles, leadSectors } } }))) {
      setSaved(true);
      onChanged?.();
    }
  };
  const changeStatus = async (to: 'deactivate' | 'reactivate') => {
    const mutate = to === 'deactivate' ? deactivate : reactivate;
    if (await statusAction.run(() => mutate({ variables: { id: member.id } }))) {
      setConfirming(false);
      onChanged?.();
    }
  };
  const issueResetLink = () =>
    void resetAction.run(async () => {
      const response = await createResetLink({ variables: { id: member.id } });
      if (response.data) setResetLink({ url: response.data.createPasswordResetLink.resetUrl, expiresAt: response.data.createPasswordResetLink.expiresAt });
    });

  return (
    <div className="admin-manage">
      <section aria-labelledby={`roles-${member.id}`}>
        <h3 id={`roles-${member.id}`}>{t('members.rolesOf', { name: member.displayName })}</h3>
        {member.leadSectors.length > 0 ? (
          <p className="admin-muted">{t('members.leads', { sectors: member.leadSectors.map(sectorName).join(', ') })}</p>
        ) : null}
        <RolesFields
          grantable={grantable}
          roles={roles}
          leadSectors={leadSectors}
          onChange={(nextRoles, nextSectors) => {
            setRoles(nextRoles);
            setLeadSectors(nextSectors);
          }}
          rolesError={rolesAction.fieldErrors['roles']}
          leadSectorsError={rolesAction.fieldErrors['leadSectors']}
        />
        {rolesAction.formError ? <ErrorMessage title={rolesAction.formError} /> : null}
        {saved ? (
          <p role="status" className="admin-done">
            {t('admin.saved')}
          </p>
        ) : null}
        <Button disabled={rolesAction.running} onClick={() => void saveRoles()}>
          {t('members.saveRoles')}
        </Button>
      </section>
      <section aria-labelledby={`status-${member.id}`}>
        <h3 id={`status-${member.id}`}>{t('members.access')}</h3>
        {statusAction.formError ? <ErrorMessage title={statusAction.formError} /> : null}
        {member.status === 'DEACTIVATED' ? (
          <Button variant="secondary" disabled={statusAction.running} onClick={() => void changeStatus('reactivate')}>
            {t('members.reactivate')}
          </Button>
        ) : confirming ? (
          <div className="admin-confirm" role="group" aria-label={t('members.deactivateConfirm', { name: member.displayName })}>
            <p>{t('members.deactivateConfirm', { name: member.displayName })}</p>
            <div className="admin-form__actions">
              <Button disabled={statusAction.running} onClick={() => void changeStatus('deactivate')}>
                {t('members.deactivate')}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('admin.cancel')}
              </Button>
            </div>
          </div>
        ) : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            {t('members.deactivate')}
          </Button>
        )}
        {member.status === 'ACTIVE' ? (
          <>
            {' '}
            <Button variant="secondary" disabled={resetAction.running} onClick={issueResetLink}>
              {t('members.resetLink')}
            </Button>
            {resetAction.formError ? <ErrorMessage title={resetAction.formError} /> : null}
            {resetLink ? <OneTimeLink label={t('members.resetIssued', { name: member.displayName })} url={resetLink.url} expiresAt={resetLink.expiresAt} /> : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
