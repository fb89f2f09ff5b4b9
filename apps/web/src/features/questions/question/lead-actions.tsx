import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../../../graphql/errors';
import type { QuestionStatus } from '../../../graphql/generated/graphql';
import { Button, ErrorMessage, TextField } from '../../../ui';
import { CHANGE_QUESTION_STATUS_MUTATION, MARK_DUPLICATE_MUTATION } from '../graphql/question-page.operations';
import { SynthesisEditor } from './synthesis-editor';
import type { OnChanged, QuestionData } from './types';

interface StatusAction {
  status: QuestionStatus;
  label: string;
}

/** The sector lead's tools; shown only when the API says the viewer may manage the question. */
export function LeadActions({ question, onChanged }: { question: QuestionData; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const [changeStatus, { loading }] = useMutation(CHANGE_QUESTION_STATUS_MUTATION);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  const actions: StatusAction[] = [];
  if (question.status === 'DRAFT') actions.push({ status: 'OPEN', label: t('lead.open') });
  if (question.status === 'OPEN') actions.push({ status: 'SYNTHESISING', label: t('lead.startSynthesis') });
  if (question.status === 'OPEN' || question.status === 'SYNTHESISING') actions.push({ status: 'CLOSED', label: t('lead.close') });
  if (question.status === 'CLOSED' || question.status === 'SYNTHESISING') actions.push({ status: 'OPEN', label: t('lead.reopen') });

  const run = async (status: QuestionStatus) => {
    setError(null);
    try {
      await changeStatus({ variables: { id: question.id, status } });
      await onChanged();
    } catch (failure) {
      setError(errorCode(failure) === 'CONFLICT' ? t('lead.conflict') : t('question.actionFailed'));
    }
  };

  return (
    <section aria-labelledby="lead-actions-heading" className="lead-actions">
      <h2 id="lead-actions-heading">{t('lead.heading')}</h2>
      {error ? <ErrorMessage title={error} /> : null}
      <div className="lead-actions__buttons">
        {actions.map((action) => (
          <Button key={action.label} variant="secondary" disabled={loading} onClick={() => void run(action.status)}>
            {action.label}
          </Button>
        ))}
        {question.status !== 'DRAFT' ? (
          <Button aria-expanded={editing} onClick={() => setEditing((open) => !open)}>
            {t('lead.synthesise')}
          </Button>
        ) : null}
      </div>
      {editing ? <SynthesisEditor question={question} onPublished={async () => { setEditing(false); await onChanged(); }} /> : null}
      <DuplicateForm questionId={question.id} current={question.duplicateOf?.id ?? null} onChanged={onChanged} />
    </section>
  );
}

/** Accepts a question id or a pasted link to it. */
export function questionIdFrom(value: string): string {
  const match = /\/questions\/([^/?#]+)/.exec(value);
  return decodeURIComponent(match ? match[1] : value.trim());
}

function DuplicateForm({ questionId, current, onChanged }: { questionId: string; current: string | null; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [markDuplicate, { loading }] = useMutation(MARK_DUPLICATE_MUTATION);

  const submit = async (duplicateOf: string | null) => {
    setError(undefined);
    try {
      await markDuplicate({ variables: { id: questionId, duplicateOf } });
      setValue('');
      await onChanged();
    } catch (failure) {
      setError(errorCode(failure) === 'NOT_FOUND' ? t('lead.duplicateNotFound') : t('question.actionFailed'));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const id = questionIdFrom(value);
    if (!id) {
      setError(t('lead.duplicateRequired'));
      return;
    }
    void submit(id);
  };

  return (
    <form noValidate onSubmit={onSubmit} className="lead-actions__duplicate">
      <TextField
        label={t('lead.duplicateLabel')}
        hint={t('lead.duplicateHint')}
        dir="ltr"
        value={value}
        error={error}
        onChange={(event) => setValue(event.target.value)}
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" disabled={loading}>
          {t('lead.markDuplicate')}
        </Button>
        {current ? (
          <Button variant="secondary" disabled={loading} onClick={() => void submit(null)}>
            {t('lead.clearDuplicate')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
