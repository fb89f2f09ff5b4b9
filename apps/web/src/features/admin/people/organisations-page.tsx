import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, PageHeading, TextField } from '../../../ui';
import { useVocabularies } from '../../vocabulary';
import { ORGANISATIONS_QUERY } from '../../members/graphql/members.operations';
import { OrganisationForm } from '../../members/organisation-form';
import { AdminTable, EditToggle, ListPending, RowWithEditor } from '../admin-list';

const PAGE_SIZE = 20;

/** /admin/organisations: every organisation (tens, so filtered and paged here), created and edited. */
export function OrganisationsPage() {
  const { t } = useTranslation('people');
  const { organisationTypeName } = useVocabularies();
  const { data, error, refetch } = useQuery(ORGANISATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState<string | null>(null);
  const needle = query.trim().toLocaleLowerCase();
  const matching = (data?.organisations ?? []).filter(
    (organisation) => !needle || organisation.name.toLocaleLowerCase().includes(needle) || (organisation.acronym ?? '').toLocaleLowerCase().includes(needle),
  );

  let content;
  if (!data) {
    content = <ListPending error={error} onRetry={() => void refetch()} />;
  } else if (matching.length === 0) {
    content = <EmptyState title={t('admin.organisations.empty')} />;
  } else {
    content = (
      <>
        <p role="status">{t('admin.organisations.count', { count: matching.length })}</p>
        <AdminTable
          caption={t('admin.organisations.caption')}
          columns={[t('organisationPage.fields.name'), t('organisationPage.fields.acronym'), t('organisationPage.fields.type'), t('admin.actions')]}
        >
          {matching.slice(0, shown).map((organisation) => (
            <RowWithEditor
              key={organisation.id}
              columns={4}
              editor={editing === organisation.id ? <OrganisationForm organisation={organisation} withType onDone={() => setEditing(null)} /> : null}
            >
              <th scope="row">
                <bdi>{organisation.name}</bdi>
              </th>
              <td>
                <bdi>{organisation.acronym ?? ''}</bdi>
              </td>
              <td>{organisationTypeName(organisation.type)}</td>
              <td>
                <EditToggle open={editing === organisation.id} name={organisation.name} onToggle={() => setEditing(editing === organisation.id ? null : organisation.id)} />
              </td>
            </RowWithEditor>
          ))}
        </AdminTable>
        {matching.length > shown ? (
          <Button variant="secondary" onClick={() => setShown(shown + PAGE_SIZE)}>
            {t('admin.loadMore')}
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <article>
      <PageHeading>{t('admin.organisations.title')}</PageHeading>
      <p>{t('admin.organisations.intro')}</p>
      <TextField
        type="search"
        label={t('admin.organisations.search')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setShown(PAGE_SIZE);
        }}
        dir="auto"
      />
      {content}
      <section className="admin-panel" aria-labelledby="new-organisation">
        <h2 id="new-organisation">{t('admin.organisations.new')}</h2>
        <OrganisationForm withType onDone={() => void refetch()} />
      </section>
    </article>
  );
}
