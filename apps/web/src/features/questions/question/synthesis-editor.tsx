import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@hub/domain';
import { errorCode, fieldErrorsOf } from '../../../graphql/errors';
import { Button, CheckboxField, ErrorMessage } from '../../../ui';
import { PersonalDataPanel } from '../../personal-data/personal-data-panel';
import { usePersonalDataFindings } from '../../personal-data/use-personal-data-findings';
import { useVocabularies } from '../../vocabulary';
import { MarkdownField } from '../components/markdown-field';
import { PUBLISH_SYNTHESIS_MUTATION } from '../graphql/question-page.operations';
import { useAuthorLine } from './contribution-list';
import type { ContributionData, OnChanged, QuestionData } from './types';

export function SynthesisEditor({ question, onPublished }: { question: QuestionData; onPublished: OnChanged }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [cited, setCited] = useState<string[]>(question.synthesis?.citations.map((citation) => citation.id) ?? []);
  const [close, setClose] = useState(true);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [publish, { loading }] = useMutation(PUBLISH_SYNTHESIS_MUTATION);
  // What the API's personal-data guard found in the synthesis sent: shown for redaction in place.
  const personalData = usePersonalDataFindings();
  const formRef = useRef<HTMLFormElement>(null);
  const contributions = question.contributions.edges.map((edge) => edge.node);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  const submit = async (postDespitePersonalData: boolean) => {
    setFormError(null);
    if (!body.trim()) {
      setError(t('synthesis.errors.bodyRequired'));
      return;
    }
    setError(undefined);
    try {
      await publish({
        variables: { input: { questionId: question.id, version: question.version, body, citedContributions: cited, close, postDespitePersonalData } },
      });
      personalData.clear();
      await onPublished();
    } catch (failure) {
      const code = errorCode(failure);
      if (personalData.caught(failure, { sent: { body } }).length) setError(t('personalData.fieldError'));
      else if (code === 'VALIDATION_FAILED') setError(fieldErrorsOf(failure)['body'] ?? t('synthesis.errors.failed'));
      else if (code === 'CONFLICT') setFormError(t('lead.conflict'));
      else setFormError(t('synthesis.errors.failed'));
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby="synthesis-editor-heading">
      <h3 id="synthesis-editor-heading">{t('synthesis.heading')}</h3>
      {formError ? <ErrorMessage title={formError} /> : null}
      <MarkdownField
        label={t('synthesis.body')}
        maxLength={LIMITS.bodyMax}
        value={body}
        error={error}
        onChange={(value) => {
          setBody(value);
          // Typing makes the findings' offsets stale: they come back on the next submit.
          personalData.clear();
        }}
      />
      <fieldset className="field fieldset">
        <legend className="field__label">{t('synthesis.cite')}</legend>
        {contributions.length === 0 ? <p className="field__hint">{t('synthesis.noContributions')}</p> : null}
        {contributions.map((contribution, index) => (
          <CitationCheckbox
            key={contribution.id}
            number={index + 1}
            contribution={contribution}
            checked={cited.includes(contribution.id)}
            onChange={(checked) =>
              setCited((current) => (checked ? [...current, contribution.id] : current.filter((id) => id !== contribution.id)))
            }
          />
        ))}
      </fieldset>
      <CheckboxField label={t('synthesis.close')} checked={close} onChange={(event) => setClose(event.target.checked)} />
      {personalData.findings.length ? (
        <PersonalDataPanel
          findings={personalData.findings}
          values={{ body }}
          fieldLabels={{ body: t('synthesis.body') }}
          onRedact={(changes, left) => {
            if (changes['body'] !== undefined) setBody(changes['body']);
            personalData.keep(left);
            if (!left.length) setError(undefined);
          }}
          onEdit={() => {
            personalData.clear();
            formRef.current?.querySelector('textarea')?.focus();
          }}
          onPostAnyway={() => void submit(true)}
          busy={loading}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {t('synthesis.publish')}
        </Button>
      </div>
    </form>
  );
}

function CitationCheckbox({ number, contribution, checked, onChange }: { number: number; contribution: ContributionData; checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation();
  const author = useAuthorLine(contribution);
  const { evidenceTypeName } = useVocabularies();
  return (
    <CheckboxField
      label={
        <>
          {t('question.synthesis.citation', { number })} · <bdi>{author}</bdi> · {evidenceTypeName(contribution.evidenceType)}
        </>
      }
      checked={checked}
      onChange={(event) => onChange(event.target.checked)}
    />
  );
}
