import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@hub/domain';
import { errorCode, fieldErrorsOf } from '../../../graphql/errors';
import { Button, CheckboxField, ErrorMessage } from '../../../ui';
import { useVocabularies } from '../../vocabulary';
import { MarkdownField } from '../components/markdown-field';
import { PUBLISH_SYNTHESIS_MUTATION } from '../graphql/question-page.operations';
import { useAuthorLine } from './contribution-list';
import type { ContributionData, OnChanged, QuestionData } from './types';

export function SynthesisEditor({ question, onPublished }: { question: QuestionData; onPublished: OnChanged }) {
  const { t } = useTranslation();
  const [body, setBody] = useState(question.synthesis ? '' : '');
  const [cited, setCited] = useState<string[]>(question.synthesis?.citations.map((citation) => citation.id) ?? []);
  const [close, setClose] = useState(true);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [publish, { loading }] = useMutation(PUBLISH_SYNTHESIS_MUTATION);
  const contributions = question.contributions.edges.map((edge) => edge.node);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!body.trim()) {
      setError(t('synthesis.errors.bodyRequired'));
      return;
    }
    setError(undefined);
    try {
      await publish({
        variables: { input: { questionId: question.id, version: question.version, body, citedContributions: cited, close } },
      });
      await onPublished();
    } catch (failure) {
      const code = errorCode(failure);
      if (code === 'VALIDATION_FAILED') setError(fieldErrorsOf(failure)['body'] ?? t('synthesis.errors.failed'));
      else if (code === 'CONFLICT') setFormError(t('lead.conflict'));
      else setFormError(t('synthesis.errors.failed'));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="synthesis-editor-heading">
      <h3 id="synthesis-editor-heading">{t('synthesis.heading')}</h3>
      {formError ? <ErrorMessage title={formError} /> : null}
      <MarkdownField label={t('synthesis.body')} maxLength={LIMITS.bodyMax} value={body} error={error} onChange={setBody} />
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
