import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@hub/domain';
import { errorCode, fieldErrorsOf } from '../../../graphql/errors';
import type { ConfidenceLevel, EvidenceType, GatheringBasis, SensitivityLevel } from '../../../graphql/generated/graphql';
import { LANGUAGE_NAMES, SUPPORTED_LANGUAGES, isLanguage } from '../../../i18n';
import { Button, CheckboxField, CheckboxGroup, ErrorMessage, RadioGroup, SelectField, TextField } from '../../../ui';
import { PersonalDataPanel } from '../../personal-data/personal-data-panel';
import { usePersonalDataFindings } from '../../personal-data/use-personal-data-findings';
import { PlacePicker, TagInput, useLanguage, useVocabularies } from '../../vocabulary';
import { MarkdownField } from '../components/markdown-field';
import { useSensitivityOptions } from '../components/sensitivity';
import { CONTRIBUTE_MUTATION } from '../graphql/question-page.operations';
import {
  dateInputToIso,
  needsGatheringBasis,
  validateContribution,
  type ContributionDraft,
  type ContributionProblem,
  type ContributionProblems,
} from './contribution-validation';
import type { OnChanged } from './types';

export interface ContributeSectionProps {
  questionId: string;
  questionSensitivity: SensitivityLevel;
  onContributed: OnChanged;
}

type FieldMessages = Partial<Record<keyof ContributionDraft, string>>;

function useProblemMessage(): (problem: ContributionProblem) => string {
  const { t } = useTranslation();
  return (problem) =>
    ({
      bodyRequired: t('contribute.errors.bodyRequired'),
      bodyTooLong: t('contribute.errors.bodyTooLong', { count: LIMITS.bodyMax }),
      evidenceRequired: t('contribute.errors.evidenceRequired'),
      confidenceRequired: t('contribute.errors.confidenceRequired'),
      gatheringRequired: t('contribute.errors.gatheringRequired'),
      periodOrder: t('contribute.errors.periodOrder'),
    })[problem];
}

export function ContributeSection({ questionId, questionSensitivity, onContributed }: ContributeSectionProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const vocabularies = useVocabularies();
  const sensitivityOptions = useSensitivityOptions(questionSensitivity);
  const problemMessage = useProblemMessage();
  const initial: ContributionDraft = {
    body: '',
    places: [],
    cohorts: [],
    periodFrom: '',
    periodTo: '',
    evidenceType: '',
    confidence: '',
    gatheringBasis: '',
    tags: [],
    language: uiLanguage,
    sensitivity: questionSensitivity,
    anonymous: false,
  };
  const [draft, setDraft] = useState<ContributionDraft>(initial);
  const [errors, setErrors] = useState<FieldMessages>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [posted, setPosted] = useState<'published' | 'held' | null>(null);
  // What the API's personal-data guard found in the text sent: shown for redaction in place.
  const personalData = usePersonalDataFindings();
  const [contribute, { loading }] = useMutation(CONTRIBUTE_MUTATION);
  const formRef = useRef<HTMLFormElement>(null);
  const update = <K extends keyof ContributionDraft>(key: K, value: ContributionDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setPosted(null);
    // Typing in the text makes the findings' offsets stale: they come back on the next submit.
    if (key === 'body') personalData.clear();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  const submit = async (postDespitePersonalData: boolean) => {
    const problems: ContributionProblems = validateContribution(draft);
    const messages: FieldMessages = {};
    for (const [field, problem] of Object.entries(problems) as Array<[keyof ContributionDraft, ContributionProblem]>) {
      messages[field] = problemMessage(problem);
    }
    setErrors(messages);
    setFormError(null);
    if (Object.keys(messages).length > 0) {
      setFormError(t('contribute.errors.summary'));
      return;
    }
    try {
      await contribute({
        variables: {
          input: {
            questionId,
            body: draft.body,
            places: draft.places,
            cohorts: draft.cohorts,
            periodFrom: dateInputToIso(draft.periodFrom),
            periodTo: dateInputToIso(draft.periodTo),
            evidenceType: draft.evidenceType as EvidenceType,
            confidence: draft.confidence as ConfidenceLevel,
            gatheringBasis: needsGatheringBasis(draft.evidenceType) ? (draft.gatheringBasis as GatheringBasis) : undefined,
            tags: draft.tags,
            language: draft.language,
            sensitivity: draft.sensitivity,
            anonymous: draft.anonymous,
            postDespitePersonalData,
          },
        },
      });
      setDraft(initial);
      setPosted(postDespitePersonalData ? 'held' : 'published');
      personalData.clear();
      await onContributed();
    } catch (failure) {
      const code = errorCode(failure);
      if (personalData.caught(failure, { sent: { body: draft.body } }).length) setErrors({ body: t('contribute.errors.personalData') });
      else if (code === 'VALIDATION_FAILED') {
        setErrors(fieldErrorsOf(failure) as FieldMessages);
        setFormError(t('contribute.errors.summary'));
      } else if (code === 'FORBIDDEN') setFormError(t('contribute.errors.forbidden'));
      else setFormError(t('contribute.errors.failed'));
    }
  };

  const gatheringOptions = [
    { value: 'INFORMED_CONSENT', label: t('gatheringBasis.INFORMED_CONSENT') },
    { value: 'ANONYMISED_OR_AGGREGATED', label: t('gatheringBasis.ANONYMISED_OR_AGGREGATED') },
    { value: 'PUBLIC_SOURCE', label: t('gatheringBasis.PUBLIC_SOURCE') },
  ];

  return (
    <section aria-labelledby="contribute-heading">
      <h2 id="contribute-heading">{t('contribute.heading')}</h2>
      <p>{t('contribute.intro')}</p>
      {posted ? (
        <p role="status" className="contribute__posted">
          {posted === 'held' ? t('personalData.postedForReview') : t('contribute.posted')}
        </p>
      ) : null}
      {formError ? <ErrorMessage title={formError} /> : null}
      <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby="contribute-heading">
        <MarkdownField
          label={t('contribute.fields.body')}
          hint={t('contribute.fields.bodyHint')}
          maxLength={LIMITS.bodyMax}
          value={draft.body}
          error={errors.body}
          onChange={(value) => update('body', value)}
        />
        <div className="form-grid">
          <SelectField
            label={t('contribute.fields.evidenceType')}
            placeholder={t('contribute.choose')}
            options={vocabularies.evidenceTypeOptions}
            value={draft.evidenceType}
            error={errors.evidenceType}
            onChange={(event) => update('evidenceType', event.target.value as EvidenceType | '')}
          />
          {needsGatheringBasis(draft.evidenceType) ? (
            <SelectField
              label={t('contribute.fields.gatheringBasis')}
              hint={t('contribute.fields.gatheringBasisHint')}
              placeholder={t('contribute.choose')}
              options={gatheringOptions}
              value={draft.gatheringBasis}
              error={errors.gatheringBasis}
              onChange={(event) => update('gatheringBasis', event.target.value as GatheringBasis | '')}
            />
          ) : null}
          <SelectField
            label={t('contribute.fields.language')}
            options={SUPPORTED_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
            value={draft.language}
            error={errors.language}
            onChange={(event) => isLanguage(event.target.value) && update('language', event.target.value)}
          />
        </div>
        <RadioGroup
          legend={t('contribute.fields.confidence')}
          name="confidence"
          options={[
            { value: 'LOW', label: t('confidence.LOW') },
            { value: 'MEDIUM', label: t('confidence.MEDIUM') },
            { value: 'HIGH', label: t('confidence.HIGH') },
          ]}
          value={draft.confidence}
          error={errors.confidence}
          onChange={(value) => update('confidence', value as ConfidenceLevel)}
        />
        <PlacePicker
          label={t('contribute.fields.places')}
          hint={t('pickers.placeHint')}
          selected={draft.places}
          error={errors.places}
          onChange={(places) => update('places', places)}
        />
        <CheckboxGroup
          legend={t('contribute.fields.cohorts')}
          options={vocabularies.cohortOptions}
          selected={draft.cohorts}
          error={errors.cohorts}
          onChange={(cohorts) => update('cohorts', cohorts)}
        />
        <div className="form-grid">
          <TextField
            label={t('contribute.fields.periodFrom')}
            type="date"
            value={draft.periodFrom}
            error={errors.periodFrom}
            onChange={(event) => update('periodFrom', event.target.value)}
          />
          <TextField
            label={t('contribute.fields.periodTo')}
            type="date"
            value={draft.periodTo}
            error={errors.periodTo}
            onChange={(event) => update('periodTo', event.target.value)}
          />
        </div>
        <TagInput label={t('contribute.fields.tags')} tags={draft.tags} error={errors.tags} onChange={(tags) => update('tags', tags)} />
        <RadioGroup
          legend={t('contribute.fields.sensitivity')}
          name="contribution-sensitivity"
          options={sensitivityOptions}
          value={draft.sensitivity}
          error={errors.sensitivity}
          onChange={(value) => update('sensitivity', value as SensitivityLevel)}
        />
        <CheckboxField
          label={t('contribute.fields.anonymous')}
          hint={t('contribute.fields.anonymousHint')}
          checked={draft.anonymous}
          onChange={(event) => update('anonymous', event.target.checked)}
        />
        {personalData.findings.length ? (
          <PersonalDataPanel
            findings={personalData.findings}
            values={{ body: draft.body }}
            fieldLabels={{ body: t('contribute.fields.body') }}
            onRedact={(changes, left) => {
              if (changes['body'] !== undefined) setDraft((current) => ({ ...current, body: changes['body'] }));
              personalData.keep(left);
              if (!left.length) setErrors((current) => ({ ...current, body: undefined }));
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
            {loading ? t('contribute.submitting') : t('contribute.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
