import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../graphql/generated/graphql';
import { Button, EmptyState, ErrorMessage, LoadingState, PageHeading, useDateFormat } from '../../ui';
import { useSession } from '../account/session-context';
import { useAction } from '../admin/action-errors';
import {
  INVITATIONS_QUERY,
  ORGANISATION_MEMBERS_QUERY,
  ORGANISATION_QUERY,
  REVOKE_INVITATION_MUTATION,
} from '../members/graphql/members.operations';
import { InviteMemberForm } from '../members/invite-member-form';
import { ALL_ROLES, ORGANISATION_ADMIN_GRANTS, roleLabel } from '../members/member-labels';
import { MemberTable } from '../members/member-table';
import { OrganisationForm } from '../members/organisation-form';
import { useVocabularies } from '../vocabulary';
import '../admin/admin.css';

/** /organisation: the member's own organisation; its admins invite and manage members here. */
export function OrganisationPage() {
  const { t, ready } = useTranslation('people');
  const session = useSession();
  const { organisationTypeName } = useVocabularies();
  const viewer = session.status === 'signedIn' ? session.viewer : null;
  const organisationId = viewer?.organisationId ?? '';
  const roles: readonly Role[] = viewer?.roles ?? [];
  const platformAdmin = roles.includes('PLATFORM_ADMIN');
  const manages = platformAdmin || roles.includes('ORGANISATION_ADMIN');
  const grantable = platformAdmin ? ALL_ROLES : roles.includes('ORGANISATION_ADMIN') ? ORGANISATION_ADMIN_GRANTS : [];

  const organisation = useQuery(ORGANISATION_QUERY, { variables: { id: organisationId }, skip: !organisationId });
  const members = useQuery(ORGANISATION_MEMBERS_QUERY, {
    variables: { organisationId },
    skip: !organisationId,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const invitations = useQuery(INVITATIONS_QUERY, { variables: { organisationId }, skip: !organisationId || !manages, fetchPolicy: 'cache-and-network' });

  if (!ready) return <LoadingState label={t('loading.page')} />;
  if (organisation.error && !organisation.data) {
    return (
      <article>
        <PageHeading>{t('organisationPage.title')}</PageHeading>
        <ErrorMessage title={t('admin.loadError')} action={<Button onClick={() => void organisation.refetch()}>{t('admin.retry')}</Button>} />
      </article>
    );
  }
  if (!organisation.data) return <LoadingState label={t('admin.loading')} />;
  const current = organisation.data.organisation;
  const list = members.data?.organisationMembers;
  const pageInfo = list?.pageInfo;
  const refreshAll = () => {
    void members.refetch();
    if (manages) void invitations.refetch();
  };

  return (
    <article className="organisation-page">
      <PageHeading documentTitle={current.name}>
        <bdi>{current.name}</bdi>
      </PageHeading>
      <p>
        {current.acronym ? (
          <>
            <bdi>{current.acronym}</bdi> ·{' '}
          </>
        ) : null}
        {organisationTypeName(current.type)}
      </p>
      {manages ? (
        <details className="admin-panel">
          <summary>{t('organisationPage.edit')}</summary>
          <OrganisationForm organisation={current} withType={platformAdmin} onDone={() => void organisation.refetch()} />
        </details>
      ) : null}

      <section aria-labelledby="organisation-members">
        <h2 id="organisation-members">{t('organisationPage.members')}</h2>
        {members.error && !list ? (
          <ErrorMessage title={t('admin.loadError')} action={<Button onClick={() => void members.refetch()}>{t('admin.retry')}</Button>} />
        ) : !list ? (
          <LoadingState label={t('admin.loading')} />
        ) : list.edges.length === 0 ? (
          <EmptyState title={t('organisationPage.noMembers')} />
        ) : (
          <>
            <p role="status">{t('organisationPage.count', { count: list.totalCount })}</p>
            <MemberTable
              caption={t('organisationPage.membersCaption', { name: current.name })}
              members={list.edges.map((edge) => edge.node)}
              grantable={grantable}
              viewerId={viewer?.id ?? ''}
              onChanged={refreshAll}
            />
            {pageInfo?.hasNextPage ? (
              <Button
                variant="secondary"
                disabled={members.loading}
                onClick={() =>
                  void members.fetchMore({
                    variables: { after: pageInfo.endCursor },
                    updateQuery: (previous, { fetchMoreResult }) => ({
                      organisationMembers: {
                        ...fetchMoreResult.organisationMembers,
                        edges: [...previous.organisationMembers.edges, ...fetchMoreResult.organisationMembers.edges],
                      },
                    }),
                  })
                }
              >
                {t('admin.loadMore')}
              </Button>
            ) : null}
          </>
        )}
      </section>

      {manages ? (
        <>
          <section className="admin-panel" aria-labelledby="organisation-invite">
            <h2 id="organisation-invite">{t('members.invite.title')}</h2>
            <p>{t('organisationPage.inviteIntro')}</p>
            <InviteMemberForm grantable={grantable} onInvited={refreshAll} />
          </section>
          <PendingInvitations
            invitations={invitations.data?.invitations ?? []}
            loading={invitations.loading && !invitations.data}
            onChanged={refreshAll}
          />
        </>
      ) : null}
    </article>
  );
}

interface PendingInvitationsProps {
  invitations: ReadonlyArray<{ id: string; email?: string | null; displayName?: string | null; roles: Role[]; status: string; expiresAt: string }>;
  loading: boolean;
  onChanged: () => void;
}

function PendingInvitations({ invitations, loading, onChanged }: PendingInvitationsProps) {
  const { t } = useTranslation('people');
  const { formatDate } = useDateFormat();
  const action = useAction();
  const [revoke] = useMutation(REVOKE_INVITATION_MUTATION);
  const pending = invitations.filter((invitation) => invitation.status === 'PENDING');
  return (
    <section aria-labelledby="organisation-invitations">
      <h2 id="organisation-invitations">{t('organisationPage.invitations')}</h2>
      {action.formError ? <ErrorMessage title={action.formError} /> : null}
      {loading ? (
        <LoadingState label={t('admin.loading')} />
      ) : pending.length === 0 ? (
        <p>{t('organisationPage.noInvitations')}</p>
      ) : (
        <ul className="admin-list">
          {pending.map((invitation) => (
            <li key={invitation.id} className="admin-list__row">
              <span>
                <bdi>{invitation.email}</bdi> — {invitation.roles.map((role) => roleLabel(t, role)).join(', ')} ·{' '}
                {t('organisationPage.expires', { date: formatDate(invitation.expiresAt) })}
              </span>
              <Button
                variant="secondary"
                disabled={action.running}
                aria-label={t('organisationPage.revokeNamed', { email: invitation.email ?? '' })}
                onClick={() =>
                  void action.run(() => revoke({ variables: { id: invitation.id } })).then((done) => (done ? onChanged() : undefined))
                }
              >
                {t('organisationPage.revoke')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
