import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@hub/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminTagsQuery } from '../../../graphql/generated/graphql';
import { Button, EmptyState, ErrorMessage, PageHeading, TextAreaField, TextField } from '../../../ui';
import { useDebouncedValue } from '../../vocabulary';
import { AdminTable, EditToggle, ListPending, RowWithEditor } from '../admin-list';
import { useAction, type ActionState } from '../action-errors';
import { ADMIN_TAGS_QUERY, CREATE_TAG_MUTATION, MERGE_TAGS_MUTATION, UPDATE_TAG_MUTATION } from '../graphql/vocabulary-admin.operations';
import { aliasList } from './term-form';

type Tag = AdminTagsQuery['tags']['edges'][number]['node'];
type Mode = { slug: string; kind: 'edit' | 'merge' } | null;

/** /admin/tags: edit labels and synonyms, merge one tag into another, add tags. */
export function TagsPage() {
  const { t } = useTranslation('people');
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query.trim(), 250);
  const [mode, setMode] = useState<Mode>(null);
  const { data: current, previousData, loading, error, refetch, fetchMore } = useQuery(ADMIN_TAGS_QUERY, {
    variables: { query: debounced || undefined },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // While new filters load, the previous results stay instead of a spinner (and open forms stay open).
  const data = current ?? previousData;
  const tags = data?.tags.edges.map((edge) => edge.node) ?? [];
  const pageInfo = data?.tags.pageInfo;

  const loadMore = () =>
    void fetchMore({
      variables: { after: pageInfo?.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        tags: { ...fetchMoreResult.tags, edges: [...previous.tags.edges, ...fetchMoreResult.tags.edges] },
      }),
    });

  let content;
  if (!data) {
    content = <ListPending error={error} onRetry={() => void refetch()} />;
  } else if (tags.length === 0) {
    content = <EmptyState title={debounced ? t('admin.tags.noMatch') : t('admin.tags.empty')} />;
  } else {
    content = (
      <>
        <p role="status">{t('admin.tags.count', { count: data.tags.totalCount })}</p>
        <AdminTable caption={t('admin.tags.caption')} columns={[t('admin.tags.label'), t('admin.tags.slug'), t('admin.tags.synonyms'), t('admin.actions')]}>
          {tags.map((tag) => {
            const opened = mode?.slug === tag.slug ? mode.kind : null;
            const toggle = (kind: 'edit' | 'merge') => setMode(opened === kind ? null : { slug: tag.slug, kind });
            let editor = null;
            if (opened === 'edit') editor = <EditTag tag={tag} onDone={() => setMode(null)} />;
            if (opened === 'merge') {
              editor = (
                <MergeTag
                  source={tag}
                  onDone={() => {
                    setMode(null);
                    void refetch();
                  }}
                />
              );
            }
            return (
              <RowWithEditor key={tag.slug} testId={`tag-${tag.slug}`} columns={4} editor={editor}>
                <th scope="row">
                  <bdi>{tag.label}</bdi>
                </th>
                <td>
                  <code>{tag.slug}</code>
                </td>
                <td>
                  <bdi>{tag.synonyms.join(', ')}</bdi>
                </td>
                <td className="admin-table__actions">
                  <EditToggle open={opened === 'edit'} name={tag.label} onToggle={() => toggle('edit')} />
                  <Button variant="secondary" aria-expanded={opened === 'merge'} aria-label={t('admin.tags.mergeNamed', { name: tag.label })} onClick={() => toggle('merge')}>
                    {t('admin.tags.merge')}
                  </Button>
                </td>
              </RowWithEditor>
            );
          })}
        </AdminTable>
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
      <PageHeading>{t('admin.tags.title')}</PageHeading>
      <p>{t('admin.tags.intro')}</p>
      <TextField type="search" label={t('admin.tags.search')} value={query} onChange={(event) => setQuery(event.target.value)} dir="auto" />
      {content}
      <section className="admin-panel" aria-labelledby="new-tag">
        <h2 id="new-tag">{t('admin.tags.new')}</h2>
        <NewTag onCreated={() => void refetch()} />
      </section>
    </article>
  );
}

interface TagValues {
  label: string;
  synonyms: string;
}

function TagForm({ initial, submitLabel, action, onSubmit, onCancel }: TagFormProps) {
  const { t } = useTranslation('people');
  const [values, setValues] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const label = values.label.trim();
    const found = !label ? t('admin.tags.errors.labelRequired') : label.length > LIMITS.tagMax ? t('admin.terms.errors.tooLong', { count: LIMITS.tagMax }) : undefined;
    setProblem(found);
    if (!found) void onSubmit({ label, synonyms: values.synonyms });
  };
  const synonymsError = Object.entries(action.fieldErrors).find(([field]) => field.startsWith('synonyms'))?.[1];
  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      <TextField
        label={t('admin.tags.label')}
        value={values.label}
        onChange={(event) => setValues({ ...values, label: event.target.value })}
        error={problem ?? action.fieldErrors['label']}
        required
        dir="auto"
      />
      <TextAreaField
        label={t('admin.tags.synonyms')}
        hint={t('admin.terms.aliasesHint')}
        rows={3}
        value={values.synonyms}
        onChange={(event) => setValues({ ...values, synonyms: event.target.value })}
        error={synonymsError}
      />
      {action.formError ? <ErrorMessage title={action.formError} /> : null}
      <div className="admin-form__actions">
        <Button type="submit" disabled={action.running}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('admin.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

interface TagFormProps {
  initial: TagValues;
  submitLabel: string;
  action: ActionState;
  onSubmit: (values: TagValues) => Promise<void>;
  onCancel?: () => void;
}

function EditTag({ tag, onDone }: { tag: Tag; onDone: () => void }) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [update] = useMutation(UPDATE_TAG_MUTATION);
  const save = async (values: TagValues) => {
    const input = { label: values.label, synonyms: aliasList(values.synonyms) };
    if (await action.run(() => update({ variables: { slug: tag.slug, input } }))) onDone();
  };
  return (
    <TagForm
      initial={{ label: tag.label, synonyms: tag.synonyms.join('\n') }}
      submitLabel={t('admin.save')}
      action={action}
      onSubmit={save}
      onCancel={onDone}
    />
  );
}

/** Merging cannot be undone: pick the target, then confirm in a second step that names both tags. */
function MergeTag({ source, onDone }: { source: Tag; onDone: () => void }) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState<Tag | null>(null);
  const debounced = useDebouncedValue(query.trim(), 250);
  const { data } = useQuery(ADMIN_TAGS_QUERY, { variables: { query: debounced }, skip: !debounced });
  const [merge] = useMutation(MERGE_TAGS_MUTATION);
  const candidates = (data?.tags.edges.map((edge) => edge.node) ?? []).filter((tag) => tag.slug !== source.slug);

  if (target) {
    return (
      <div className="admin-confirm" role="group" aria-labelledby={`merge-confirm-${source.slug}`}>
        <p id={`merge-confirm-${source.slug}`}>
          <strong>{t('admin.tags.confirmTitle', { source: source.label, target: target.label })}</strong>
        </p>
        <p>{t('admin.tags.confirmBody', { source: source.label, target: target.label })}</p>
        {action.formError ? <ErrorMessage title={action.formError} /> : null}
        <div className="admin-form__actions">
          <Button
            disabled={action.running}
            onClick={() =>
              void action
                .run(() => merge({ variables: { sourceSlug: source.slug, targetSlug: target.slug } }))
                .then((done) => (done ? onDone() : undefined))
            }
          >
            {t('admin.tags.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => setTarget(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <div className="admin-form">
      <TextField
        type="search"
        label={t('admin.tags.mergeInto', { name: source.label })}
        hint={t('admin.tags.mergeHint')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        dir="auto"
        autoFocus
      />
      {debounced && candidates.length === 0 && data ? <p>{t('admin.tags.noMatch')}</p> : null}
      {candidates.length > 0 ? (
        <ul className="admin-list" aria-label={t('admin.tags.targets')}>
          {candidates.map((candidate) => (
            <li key={candidate.slug}>
              <button type="button" className="admin-link-button" onClick={() => setTarget(candidate)}>
                <bdi>{candidate.label}</bdi>
              </button>{' '}
              <code className="admin-muted">{candidate.slug}</code>
            </li>
          ))}
        </ul>
      ) : null}
      <Button variant="secondary" onClick={onDone}>
        {t('admin.cancel')}
      </Button>
    </div>
  );
}

function NewTag({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('people');
  const action = useAction();
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const [create] = useMutation(CREATE_TAG_MUTATION);
  const save = async (values: TagValues) => {
    if (await action.run(() => create({ variables: { input: { label: values.label, synonyms: aliasList(values.synonyms) } } }))) {
      setCreated(values.label);
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
      <TagForm key={formKey} initial={{ label: '', synonyms: '' }} submitLabel={t('admin.tags.create')} action={action} onSubmit={save} />
    </>
  );
}
