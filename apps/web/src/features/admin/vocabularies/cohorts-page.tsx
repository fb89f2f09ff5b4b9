import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminCohortsQuery } from '../../../graphql/generated/graphql';
import { EmptyState, PageHeading } from '../../../ui';
import { useLanguage } from '../../vocabulary';
import { AdminTable, EditToggle, ListPending, RowWithEditor } from '../admin-list';
import { useAction } from '../action-errors';
import { ADMIN_COHORTS_QUERY, CREATE_COHORT_MUTATION, UPDATE_COHORT_MUTATION } from '../graphql/vocabulary-admin.operations';
import { aliasList, EMPTY_TERM, TermForm, termValues, type TermValues } from './term-form';

type Cohort = AdminCohortsQuery['cohorts'][number];

/** /admin/cohorts: the population groups contributions are tagged with. */
export function CohortsPage() {
  const { t } = useTranslation('people');
  const language = useLanguage();
  const { data, error, refetch } = useQuery(ADMIN_COHORTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | null>(null);
  const cohorts = data?.cohorts ?? [];

  let content;
  if (!data) {
    content = <ListPending error={error} onRetry={() => void refetch()} />;
  } else if (cohorts.length === 0) {
    content = <EmptyState title={t('admin.cohorts.empty')} />;
  } else {
    content = (
      <AdminTable caption={t('admin.cohorts.caption')} columns={[t('admin.terms.name'), t('admin.terms.code'), t('admin.terms.aliases'), t('admin.actions')]}>
        {cohorts.map((cohort) => {
          const name = cohort.names[language] || cohort.names.en;
          return (
            <RowWithEditor key={cohort.code} columns={4} editor={editing === cohort.code ? <EditCohort cohort={cohort} onDone={() => setEditing(null)} /> : null}>
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
                <EditToggle open={editing === cohort.code} name={name} onToggle={() => setEditing(editing === cohort.code ? null : cohort.code)} />
              </td>
            </RowWithEditor>
          );
        })}
      </AdminTable>
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
