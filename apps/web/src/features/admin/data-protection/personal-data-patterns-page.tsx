import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonalDataPatternFieldsFragment } from '../../../graphql/generated/graphql';
import { Button, EmptyState, ErrorMessage, PageHeading } from '../../../ui';
import { useLanguage } from '../../vocabulary';
import { AdminTable, EditToggle, ListPending, RowWithEditor } from '../admin-list';
import { useAction } from '../action-errors';
import {
  CREATE_PERSONAL_DATA_PATTERN_MUTATION,
  PERSONAL_DATA_PATTERNS_QUERY,
  UPDATE_PERSONAL_DATA_PATTERN_MUTATION,
} from '../graphql/personal-data-patterns.operations';
import { EMPTY_PATTERN, PatternForm, patternValues, type PatternValues } from './pattern-form';

type Pattern = PersonalDataPatternFieldsFragment;

function inputOf(values: PatternValues) {
  return {
    name: values.name.trim(),
    pattern: values.pattern,
    caseInsensitive: values.caseInsensitive,
    enabled: values.enabled,
    label: { en: values.en.trim(), ar: values.ar.trim(), fr: values.fr.trim() },
  };
}

/**
 * /admin/personal-data-patterns: identifiers the built-in detector does not know (a local
 * beneficiary card, a partner's case numbers), checked by the API before they are saved.
 */
export function PersonalDataPatternsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { data, error, refetch } = useQuery(PERSONAL_DATA_PATTERNS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | null>(null);
  const patterns = data?.personalDataPatterns ?? [];

  let content;
  if (!data) {
    content = <ListPending error={error} onRetry={() => void refetch()} />;
  } else if (patterns.length === 0) {
    content = <EmptyState title={t('admin.personalDataPatterns.empty')}>{t('admin.personalDataPatterns.emptyBody')}</EmptyState>;
  } else {
    const columns = [
      t('admin.personalDataPatterns.fields.name'),
      t('admin.personalDataPatterns.fields.label'),
      t('admin.personalDataPatterns.fields.pattern'),
      t('admin.personalDataPatterns.state'),
      t('admin.actions'),
    ];
    content = (
      <AdminTable caption={t('admin.personalDataPatterns.caption')} columns={columns}>
        {patterns.map((pattern) => (
          <RowWithEditor
            key={pattern.id}
            testId="pattern-row"
            columns={columns.length}
            editor={editing === pattern.id ? <EditPattern pattern={pattern} onDone={() => setEditing(null)} /> : null}
          >
            <th scope="row">
              <bdi>{pattern.name}</bdi>
            </th>
            <td>
              <bdi>{pattern.label[language] || pattern.label.en}</bdi>
            </td>
            <td>
              <code dir="ltr">{pattern.pattern}</code>
              {pattern.caseInsensitive ? <span className="admin-muted"> · {t('admin.personalDataPatterns.caseInsensitiveShort')}</span> : null}
            </td>
            <td>{pattern.enabled ? t('admin.personalDataPatterns.enabled') : t('admin.personalDataPatterns.disabled')}</td>
            <td>
              <div className="admin-table__actions">
                <EditToggle open={editing === pattern.id} name={pattern.name} onToggle={() => setEditing(editing === pattern.id ? null : pattern.id)} />
                <ToggleButton pattern={pattern} />
              </div>
            </td>
          </RowWithEditor>
        ))}
      </AdminTable>
    );
  }

  return (
    <article>
      <PageHeading>{t('admin.personalDataPatterns.title')}</PageHeading>
      <p>{t('admin.personalDataPatterns.intro')}</p>
      {content}
      <section className="admin-panel" aria-labelledby="new-pattern">
        <h2 id="new-pattern">{t('admin.personalDataPatterns.new')}</h2>
        <NewPattern onCreated={() => void refetch()} />
      </section>
    </article>
  );
}

/** Turns a pattern on or off at once (the detector picks the change up on the next write). */
function ToggleButton({ pattern }: { pattern: Pattern }) {
  const { t } = useTranslation();
  const action = useAction();
  const [update] = useMutation(UPDATE_PERSONAL_DATA_PATTERN_MUTATION);
  const toggle = () => void action.run(() => update({ variables: { input: { id: pattern.id, version: pattern.version, enabled: !pattern.enabled } } }));
  return (
    <>
      <Button
        variant="secondary"
        disabled={action.running}
        aria-label={pattern.enabled ? t('admin.personalDataPatterns.disableNamed', { name: pattern.name }) : t('admin.personalDataPatterns.enableNamed', { name: pattern.name })}
        onClick={toggle}
      >
        {pattern.enabled ? t('admin.personalDataPatterns.disable') : t('admin.personalDataPatterns.enable')}
      </Button>
      {action.formError ? <ErrorMessage title={action.formError} /> : null}
    </>
  );
}

function EditPattern({ pattern, onDone }: { pattern: Pattern; onDone: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [update] = useMutation(UPDATE_PERSONAL_DATA_PATTERN_MUTATION);
  const save = async (values: PatternValues) => {
    if (await action.run(() => update({ variables: { input: { id: pattern.id, version: pattern.version, ...inputOf(values) } } }))) onDone();
  };
  return <PatternForm initial={patternValues(pattern)} submitLabel={t('admin.save')} action={action} onSubmit={save} onCancel={onDone} />;
}

function NewPattern({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<string | null>(null);
  const [create] = useMutation(CREATE_PERSONAL_DATA_PATTERN_MUTATION);
  const save = async (values: PatternValues) => {
    const input = inputOf(values);
    if (await action.run(() => create({ variables: { input } }))) {
      setCreated(input.name);
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
      <PatternForm key={formKey} initial={EMPTY_PATTERN} submitLabel={t('admin.personalDataPatterns.create')} action={action} onSubmit={save} />
    </>
  );
}
