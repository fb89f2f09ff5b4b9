import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberStatus } from '../../../graphql/generated/graphql';
import { Button, EmptyState, PageHeading, SelectField, TextField } from '../../../ui';
import { useSession } from '../../account/session-context';
import { InviteMemberForm } from '../../members/invite-member-form';
import { ALL_ROLES, statusLabel } from '../../members/member-labels';
import { MemberTable } from '../../members/member-table';
import { ORGANISATIONS_QUERY, SEARCH_MEMBERS_QUERY } from '../../members/graphql/members.operations';
import { ListPending } from '../admin-list';
import { useDebouncedValue } from '../../vocabulary';

const STATUSES: readonly MemberStatus[] = ['ACTIVE', 'INVITED', 'DEACTIVATED'];

/** /admin/users: everyone on the hub, by name or e-mail; invite, change roles, deactivate. */
export function UsersPage() {
  const { t } = useTranslation('people');
  const session = useSession();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const debounced = useDebouncedValue(query.trim(), 300);
  const organisations = useQuery(ORGANISATIONS_QUERY);
  const { data: current, previousData, loading, error, refetch, fetchMore } = useQuery(SEARCH_MEMBERS_QUERY, {
    variables: { query: debounced || undefined, status: (status || undefined) as MemberStatus | undefined, organisationId: organisationId || undefined },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While new filters load, the previous results stay instead of a spinner (and open forms stay open).
  const data = current ?? previousData;
  const names = useMemo(() => new Map((organisations.data?.organisations ?? []).map((o) => [o.id, o.name])), [organisations.data]);
  const members = data?.members.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.members.pageInfo;
  const viewerId = session.status === 'signedIn' ? session.viewer.id : '';

  const loadMore = () =>
    void fetchMore({
      variables: { after: pageInfo?.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        members: { ...fetchMoreResult.members, edges: [...previous.members.edges, ...fetchMoreResult.members.edges] },
      }),
    });

  let content;
  if (!data) {
    content = <ListPending error={error} onRetry={() => void refetch()} />;
  } else if (members.length === 0) {
    content = <EmptyState title={t('admin.users.empty')} />;
  } else {
    content = (
      <>
        <p role="status">{t('admin.users.count', { count: data?.members.totalCount ?? 0 })}</p>
        <MemberTable
          caption={t('admin.users.caption')}
          members={members}
          grantable={ALL_ROLES}
          viewerId={viewerId}
          organisationName={(id) => names.get(id) ?? '—'}
          onChanged={() => void refetch()}
        />
        {pageInfo?.hasNextPage ? (
          <Button variant="secondary" disabled={loading} onClick={loadMore}>
            {t('admin.loadMore')}
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <article>
      <PageHeading>{t('admin.users.title')}</PageHeading>
      <p>{t('admin.users.intro')}</p>
      <div className="admin-filters" role="search" aria-label={t('admin.users.filters')}>
        <TextField type="search" label={t('admin.users.search')} value={query} onChange={(event) => setQuery(event.target.value)} dir="auto" />
        <SelectField
          label={t('members.fields.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value)}
          placeholder={t('admin.users.anyStatus')}
          options={STATUSES.map((value) => ({ value, label: statusLabel(t, value) }))}
        />
        <SelectField
          label={t('members.fields.organisation')}
          value={organisationId}
          onChange={(event) => setOrganisationId(event.target.value)}
          placeholder={t('admin.users.anyOrganisation')}
          options={(organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </div>
      {content}
      <section className="admin-panel" aria-labelledby="invite-user">
        <h2 id="invite-user">{t('members.invite.title')}</h2>
        <InviteMemberForm grantable={ALL_ROLES} organisations={organisations.data?.organisations ?? []} onInvited={() => void refetch()} />
      </section>
    </article>
  );
}
