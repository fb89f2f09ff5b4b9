import { useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, ErrorMessage, LoadingState, PageHeading, TextField } from '../../../ui';
import { useVocabularies } from '../../vocabulary';
import { ORGANISATIONS_QUERY } from '../../members/graphql/members.operations';
import { OrganisationForm } from '../../members/organisation-form';

const PAGE_SIZE = 20;

/** /admin/organisations: every organisation (tens, so filtered and paged here), created and edited. */
export function OrganisationsPage() {
  const { t } = useTranslation('people');
  const { organisationTypeName } = useVocabularies();
  const { data, loading, error, refetch } = useQuery(ORGANISATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState<string | null>(null);
  const needle = query.trim().toLocaleLowerCase();
  const matching = (data?.organisations ?? []).filter(
    (organisation) => !needle || organisation.name.toLocaleLowerCase().includes(needle) || (organisation.acronym ?? '').toLocaleLowerCase().includes(needle),
  );

  let content;
  if (error && !data) {
    content = <ErrorMessage title={t('admin.loadError')} action={<Button onClick={() => void refetch()}>{t('admin.retry')}</Button>} />;
  } else if (loading && !data) {
    content = <LoadingState label={t('admin.loading')} />;
  } else if (matching.length === 0) {
    content = <EmptyState title={t('admin.organisations.empty')} />;
  } else {
    content = (
      <>
        <p role="status">{t('admin.organisations.count', { count: matching.length })}</p>
        <div className="admin-table-wrapper">
          <table className="admin-table">
            <caption>{t('admin.organisations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisationPage.fields.name')}</th>
                <th scope="col">{t('organisationPage.fields.acronym')}</th>
                <th scope="col">{t('organisationPage.fields.type')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {matching.slice(0, shown).map((organisation) => (
                <Fragment key={organisation.id}>
                  <tr>
                    <th scope="row">
                      <bdi>{organisation.name}</bdi>
                    </th>
                    <td>
                      <bdi>{organisation.acronym ?? ''}</bdi>
                    </td>
                    <td>{organisationTypeName(organisation.type)}</td>
                    <td>
                      <Button
                        variant="secondary"
                        aria-expanded={editing === organisation.id}
                        aria-label={t('admin.editNamed', { name: organisation.name })}
                        onClick={() => setEditing(editing === organisation.id ? null : organisation.id)}
                      >
                        {t('admin.edit')}
                      </Button>
                    </td>
                  </tr>
                  {editing === organisation.id ? (
                    <tr>
                      <td colSpan={4}>
                        <OrganisationForm organisation={organisation} withType onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
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
