import { useMutation, useQuery } from '@apollo/client/react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminCohortsQuery } from '../../../graphql/generated/graphql';
import { Button, EmptyState, ErrorMessage, LoadingState, PageHeading } from '../../../ui';
import { useLanguage } from '../../vocabulary';
import { useAction } from '../action-errors';
import { ADMIN_COHORTS_QUERY, CREATE_COHORT_MUTATION, UPDATE_COHORT_MUTATION } from '../graphql/vocabulary-admin.operations';
import { aliasList, EMPTY_TERM, TermForm, termValues, type TermValues } from './term-form';

type Cohort = AdminCohortsQuery['cohorts'][number];

/** /admin/cohorts: the population groups contributions are tagged with. */
export function CohortsPage() {
  const { t } = useTranslation('people');
  const language = useLanguage();
  const { data, loading, error, refetch } = useQuery(ADMIN_COHORTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | null>(null);
  const cohorts = data?.cohorts ?? [];

  let content;
  if (error && !data) {
    content = <ErrorMessage title={t('admin.loadError')} action={<Button onClick={() => void refetch()}>{t('admin.retry')}</Button>} />;
  } else if (loading && !data) {
    content = <LoadingState label={t('admin.loading')} />;
  } else if (cohorts.length === 0) {
    content = <EmptyState title={t('admin.cohorts.empty')} />;
  } else {
    content = (
      <div className="admin-table-wrapper">
        <table className="admin-table">
          <caption>{t('admin.cohorts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.terms.name')}</th>
              <th scope="col">{t('admin.terms.code')}</th>
              <th scope="col">{t('admin.terms.aliases')}</th>
              <th scope="col">{t('admin.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((cohort) => {
              const name = cohort.names[language] || cohort.names.en;
              return (
                <Fragment key={cohort.code}>
                  <tr>
                    <th scope="row">
                      <bdi>{name}</bdi>
                    </th>
                    <td>
                      <code>{cohort.code}</code>
                    </td>
                    <td>
                      <bdi>{cohort.aliases.join(', ')}</bdi>
                    </td>
                    <td>
                      <Button
                        variant="secondary"
                        aria-expanded={editing === cohort.code}
                        aria-label={t('admin.editNamed', { name })}
                        onClick={() => setEditing(editing === cohort.code ? null : cohort.code)}
                      >
                        {t('admin.edit')}
                      </Button>
                    </td>
                  </tr>
                  {editing === cohort.code ? (
                    <tr>
                      <td colSpan={4}>
                        <EditCohort cohort={cohort} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <article>
      <PageHeading>{t('admin.cohorts.title')}</PageHeading>
      <p>{t('admin.cohorts.intro')}</p>
      {content}
      <section className="admin-panel" aria-labelledby="new-cohort">
        <h2 id="new-cohort">{t('admin.cohorts.new')}</h2>
        <NewCohort onCreated={() => void refetch()} />
      </section>
    </article>
  );
}

function EditCohort({ cohort, onDone }: { cohort: Cohort; onDone: () => void }) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [update] = useMutation(UPDATE_COHORT_MUTATION, { refetchQueries: [ADMIN_COHORTS_QUERY] });
  const save = async (values: TermValues) => {
    const input = { names: { en: values.en, ar: values.ar, fr: values.fr }, aliases: aliasList(values.aliases) };
    if (await action.run(() => update({ variables: { code: cohort.code, input } }))) onDone();
  };
  return <TermForm initial={termValues(cohort)} submitLabel={t('admin.save')} action={action} onSubmit={save} onCancel={onDone} />;
}

function NewCohort({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const [create] = useMutation(CREATE_COHORT_MUTATION);
  const save = async (values: TermValues) => {
    const input = {
      code: values.code.trim(),
      names: { en: values.en.trim(), ar: values.ar.trim(), fr: values.fr.trim() },
      aliases: aliasList(values.aliases),
    };
    if (await action.run(() => create({ variables: { input } }))) {
      setCreated(input.names.en);
      setFormKey(formKey + 1);
      onCreated();
    }
  };
  return (
    <>
      {created ? (
        <p role="status" className="admin-done">
          {t('admin.created', { name: created })}
        </p>
      ) : null}
      <TermForm key={formKey} initial={EMPTY_TERM} withCode submitLabel={t('admin.cohorts.create')} action={action} onSubmit={save} />
    </>
  );
}
