import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../graphql/generated/graphql';
import { Button, ErrorMessage, SelectField, TextField } from '../../ui';
import { looksLikeEmail } from '../account/validation';
import { useAction } from '../admin/action-errors';
import { INVITE_MEMBER_MUTATION } from './graphql/members.operations';
import { OneTimeLink } from './one-time-link';
import { RolesFields } from './roles-fields';

export interface InviteMemberFormProps {
  grantable: readonly Role[];
  /** Platform admins choose the organisation; organisation admins invite into their own. */
  organisations?: ReadonlyArray<{ id: string; name: string }>;
  onInvited?: () => void;
}

type Problems = Partial<Record<'email' | 'organisationId' | 'roles' | 'leadSectors', string>>;

/** Invites an e-mail address; the one-time link comes back to pass on to the invitee. */
export function InviteMemberForm({ grantable, organisations, onInvited }: InviteMemberFormProps) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [roles, setRoles] = useState<Role[]>(['CONTRIBUTOR']);
  const [leadSectors, setLeadSectors] = useState<string[]>([]);
  const [problems, setProblems] = useState<Problems>({});
  const [issued, setIssued] = useState<{ email: string; url: string; expiresAt: string } | null>(null);
  const [invite] = useMutation(INVITE_MEMBER_MUTATION);
  const server = action.fieldErrors;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Problems = {};
    if (!looksLikeEmail(email)) found.email = t('account.errors.emailInvalid');
    if (organisations && !organisationId) found.organisationId = t('members.errors.organisationRequired');
    if (roles.length === 0) found.roles = t('members.errors.rolesRequired');
    if (roles.includes('SECTOR_LEAD') && leadSectors.length === 0) found.leadSectors = t('members.errors.leadSectorsRequired');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    let result: { email: string; url: string; expiresAt: string } | null = null;
    const done = await action.run(async () => {
      const response = await invite({
        variables: {
          input: {
            email: email.trim(),
            displayName: displayName.trim() || undefined,
            roles,
            leadSectors,
            organisationId: organisations ? organisationId : undefined,
          },
        },
      });
      const issuedInvitation = response.data?.inviteMember;
      if (issuedInvitation) result = { email: email.trim(), url: issuedInvitation.invitationUrl, expiresAt: issuedInvitation.invitation.expiresAt };
    });
    if (done && result) {
      setIssued(result);
      setEmail('');
      setDisplayName('');
      onInvited?.();
    }
  };

  return (
    <>
      {issued ? <OneTimeLink label={t('members.invite.issued', { email: issued.email })} url={issued.url} expiresAt={issued.expiresAt} /> : null}
      <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          type="email"
          label={t('members.fields.email')}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={problems.email ?? server['email']}
          required
          autoComplete="off"
          dir="ltr"
        />
        <TextField
          label={t('members.fields.displayName')}
          hint={t('members.fields.displayNameHint')}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={server['displayName']}
          dir="auto"
        />
        {organisations ? (
          <SelectField
            label={t('members.fields.organisation')}
            value={organisationId}
            onChange={(event) => setOrganisationId(event.target.value)}
            placeholder={t('members.fields.chooseOrganisation')}
            options={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            error={problems.organisationId ?? server['organisationId']}
            required
          />
        ) : null}
        <RolesFields
          grantable={grantable}
          roles={roles}
          leadSectors={leadSectors}
          onChange={(nextRoles, nextSectors) => {
            setRoles(nextRoles);
            setLeadSectors(nextSectors);
          }}
          rolesError={problems.roles ?? server['roles']}
          leadSectorsError={problems.leadSectors ?? server['leadSectors']}
        />
        {action.formError ? <ErrorMessage title={action.formError} /> : null}
        <div className="admin-form__actions">
          <Button type="submit" disabled={action.running}>
            {t('members.invite.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
