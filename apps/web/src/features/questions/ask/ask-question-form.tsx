import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LIMITS } from '@hub/domain';
import { questionPath } from '../../../app/paths';
import { errorCode, fieldErrorsOf } from '../../../graphql/errors';
import type { AskQuestionInput, SensitivityLevel } from '../../../graphql/generated/graphql';
import { Button, CheckboxGroup, ErrorMessage, RadioGroup, TextAreaField, TextField } from '../../../ui';
import { PersonalDataPanel } from '../../personal-data/personal-data-panel';
import { usePersonalDataFindings } from '../../personal-data/use-personal-data-findings';
import { PlacePicker, TagInput, useVocabularies } from '../../vocabulary';
import { MarkdownField } from '../components/markdown-field';
import { useSensitivityOptions } from '../components/sensitivity';
import { ASK_QUESTION_MUTATION } from '../graphql/ask-question.operations';
import { dateInputToIso } from '../question/contribution-validation';
import { AccessFields } from './access-fields';
import { EMPTY_QUESTION, validateQuestion, type QuestionDraft, type QuestionProblem } from './ask-validation';
import { SimilarQuestions } from './similar-questions';
import './ask-question-page.css';

type Errors = Partial<Record<keyof QuestionDraft, string>>;

/** Server field paths (`input.source.year`) onto the form's fields. */
const SERVER_FIELDS: Record<string, keyof QuestionDraft> = {
  'source.assessment': 'assessment',
  'source.year': 'year',
  'source.indicator': 'indicator',
  'source.url': 'url',
  'access.sectors': 'accessSectors',
  'access.organisations': 'accessOrganisations',
  'access.users': 'accessUsers',
};

/** The free-text fields the personal-data guard reads, as the form names them. */
const FREE_TEXT_FIELDS = ['title', 'body', 'purpose', 'assessment', 'indicator', 'url'] as const;
type FreeTextField = (typeof FREE_TEXT_FIELDS)[number];

/** The free texts as `toInput` sends them (trimmed), by the API's field path. */
function sentTexts(input: AskQuestionInput): Record<string, string> {
  return {
    title: input.title,
    body: input.body,
    purpose: input.purpose,
    'source.assessment': input.source?.assessment ?? '',
    'source.indicator': input.source?.indicator ?? '',
    'source.url': input.source?.url ?? '',
  };
}

function useProblemMessage(): (problem: QuestionProblem) => string {
  const { t } = useTranslation();
  return (problem) =>
    ({
      titleRequired: t('ask.errors.titleRequired'),
      titleTooLong: t('ask.errors.tooLong', { count: LIMITS.titleMax }),
      bodyRequired: t('ask.errors.bodyRequired'),
      bodyTooLong: t('ask.errors.tooLong', { count: LIMITS.bodyMax }),
      purposeRequired: t('ask.errors.purposeRequired'),
      purposeTooLong: t('ask.errors.tooLong', { count: LIMITS.purposeMax }),
      sectorsRequired: t('ask.errors.sectorsRequired'),
      yearInvalid: t('ask.errors.yearInvalid'),
      urlInvalid: t('ask.errors.urlInvalid'),
      closesBeforeOpens: t('ask.errors.closesBeforeOpens'),
      accessRequired: t('ask.errors.accessRequired'),
      accessUsersRequired: t('ask.errors.accessUsersRequired'),
    })[problem];
}

function toInput(draft: QuestionDraft, postDespitePersonalData = false): AskQuestionInput {
  const confidential = draft.sensitivity === 'CONFIDENTIAL' || draft.sensitivity === 'STRICTLY_CONFIDENTIAL';
  const hasSource = draft.assessment || draft.year || draft.indicator || draft.url;
  return {
    title: draft.title.trim(),
    body: draft.body,
    purpose: draft.purpose.trim(),
    source: hasSource
      ? {
          assessment: draft.assessment.trim() || undefined,
          year: draft.year ? Number(draft.year) : undefined,
          indicator: draft.indicator.trim() || undefined,
          url: draft.url.trim() || undefined,
        }
      : undefined,
    sectors: draft.sectors,
    places: draft.places,
    cohorts: draft.cohorts,
    tags: draft.tags,
    sensitivity: draft.sensitivity,
    access: confidential
      ? { sectors: draft.accessSectors, organisations: draft.accessOrganisations, users: draft.accessUsers }
      : undefined,
    opensAt: dateInputToIso(draft.opensAt),
    closesAt: dateInputToIso(draft.closesAt),
    publish: draft.publish,
    postDespitePersonalData,
  };
}

export function AskQuestionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const vocabularies = useVocabularies();
  const sensitivityOptions = useSensitivityOptions();
  const problemMessage = useProblemMessage();
  const [draft, setDraft] = useState<QuestionDraft>(EMPTY_QUESTION);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [ask, { loading }] = useMutation(ASK_QUESTION_MUTATION);
  // What the API's personal-data guard found in the texts sent: shown for redaction in place.
  const personalData = usePersonalDataFindings();
  const formRef = useRef<HTMLFormElement>(null);
  const update = (patch: Partial<QuestionDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    // Typing in a text makes the findings' offsets stale: they come back on the next submit.
    if (FREE_TEXT_FIELDS.some((field) => field in patch)) personalData.clear();
  };
  const shownTexts = Object.fromEntries(FREE_TEXT_FIELDS.map((field) => [field, draft[field]])) as Record<FreeTextField, string>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  const submit = async (postDespitePersonalData: boolean) => {
    const found: Errors = {};
    for (const [field, problem] of Object.entries(validateQuestion(draft)) as Array<[keyof QuestionDraft, QuestionProblem]>) {
      found[field] = problemMessage(problem);
    }
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length) {
      setFormError(t('ask.errors.summary'));
      return;
    }
    const input = toInput(draft, postDespitePersonalData);
    try {
      const { data } = await ask({ variables: { input } });
      if (data) navigate(questionPath(data.askQuestion.id));
    } catch (failure) {
      const code = errorCode(failure);
      // The form trims some fields before sending: the findings' offsets move onto what the author sees.
      const findings = personalData.caught(failure, { sent: sentTexts(input), fieldOf: SERVER_FIELDS, shown: shownTexts });
      if (findings.length) setErrors(Object.fromEntries(findings.map((finding) => [finding.field, t('personalData.fieldError')])));
      else if (code === 'VALIDATION_FAILED') {
        const server: Errors = {};
        for (const [field, message] of Object.entries(fieldErrorsOf(failure))) {
          server[SERVER_FIELDS[field] ?? (field as keyof QuestionDraft)] = message;
        }
        setErrors(server);
        setFormError(t('ask.errors.summary'));
      } else if (code === 'FORBIDDEN') setFormError(t('ask.errors.forbidden'));
      else setFormError(t('ask.errors.failed'));
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="ask-form">
      {formError ? <ErrorMessage title={formError} /> : null}
      <TextField
        label={t('ask.fields.title')}
        hint={t('ask.fields.titleHint')}
        name="title"
        dir="auto"
        maxLength={LIMITS.titleMax}
        value={draft.title}
        error={errors.title}
        onChange={(event) => update({ title: event.target.value })}
      />
      <SimilarQuestions title={draft.title} />
      <MarkdownField
        label={t('ask.fields.body')}
        hint={t('ask.fields.bodyHint')}
        maxLength={LIMITS.bodyMax}
        value={draft.body}
        error={errors.body}
        onChange={(body) => update({ body })}
      />
      <TextAreaField
        label={t('ask.fields.purpose')}
        hint={t('ask.fields.purposeHint')}
        name="purpose"
        rows={3}
        maxLength={LIMITS.purposeMax}
        value={draft.purpose}
        error={errors.purpose}
        onChange={(event) => update({ purpose: event.target.value })}
      />
      <fieldset className="field fieldset">
        <legend className="field__label">{t('ask.fields.source')}</legend>
        <div className="form-grid">
          <TextField
            label={t('question.source.assessment')}
            hint={t('ask.fields.assessmentHint')}
            dir="auto"
            value={draft.assessment}
            error={errors.assessment}
            onChange={(event) => update({ assessment: event.target.value })}
          />
          <TextField
            label={t('question.source.year')}
            inputMode="numeric"
            value={draft.year}
            error={errors.year}
            onChange={(event) => update({ year: event.target.value })}
          />
          <TextField
            label={t('question.source.indicator')}
            hint={t('ask.fields.indicatorHint')}
            dir="auto"
            value={draft.indicator}
            error={errors.indicator}
            onChange={(event) => update({ indicator: event.target.value })}
          />
          <TextField
            label={t('question.source.url')}
            type="url"
            dir="ltr"
            maxLength={LIMITS.urlMax}
            value={draft.url}
            error={errors.url}
            onChange={(event) => update({ url: event.target.value })}
          />
        </div>
      </fieldset>
      <CheckboxGroup
        legend={t('ask.fields.sectors')}
        options={vocabularies.sectorOptions}
        selected={draft.sectors}
        error={errors.sectors}
        onChange={(sectors) => update({ sectors })}
      />
      <PlacePicker
        label={t('ask.fields.places')}
        hint={t('pickers.placeHint')}
        selected={draft.places}
        error={errors.places}
        onChange={(places) => update({ places })}
      />
      <CheckboxGroup
        legend={t('ask.fields.cohorts')}
        options={vocabularies.cohortOptions}
        selected={draft.cohorts}
        error={errors.cohorts}
        onChange={(cohorts) => update({ cohorts })}
      />
      <TagInput label={t('ask.fields.tags')} tags={draft.tags} error={errors.tags} onChange={(tags) => update({ tags })} />
      <RadioGroup
        legend={t('ask.fields.sensitivity')}
        name="sensitivity"
        options={sensitivityOptions}
        value={draft.sensitivity}
        error={errors.sensitivity}
        onChange={(value) => update({ sensitivity: value as SensitivityLevel })}
      />
      <AccessFields draft={draft} errors={errors} onChange={update} />
      <div className="form-grid">
        <TextField
          label={t('ask.fields.opensAt')}
          type="date"
          value={draft.opensAt}
          error={errors.opensAt}
          onChange={(event) => update({ opensAt: event.target.value })}
        />
        <TextField
          label={t('ask.fields.closesAt')}
          type="date"
          value={draft.closesAt}
          error={errors.closesAt}
          onChange={(event) => update({ closesAt: event.target.value })}
        />
      </div>
      <RadioGroup
        legend={t('ask.fields.publish')}
        name="publish"
        options={[
          { value: 'publish', label: t('ask.fields.publishNow'), hint: t('ask.fields.publishNowHint') },
          { value: 'draft', label: t('ask.fields.saveDraft'), hint: t('ask.fields.saveDraftHint') },
        ]}
        value={draft.publish ? 'publish' : 'draft'}
        onChange={(value) => update({ publish: value === 'publish' })}
      />
      {personalData.findings.length ? (
        <PersonalDataPanel
          findings={personalData.findings}
          values={shownTexts}
          fieldLabels={{
            title: t('ask.fields.title'),
            body: t('ask.fields.body'),
            purpose: t('ask.fields.purpose'),
            assessment: t('question.source.assessment'),
            indicator: t('question.source.indicator'),
            url: t('question.source.url'),
          }}
          onRedact={(changes, left) => {
            setDraft((current) => ({ ...current, ...changes }));
            personalData.keep(left);
            const flagged = new Set(left.map((finding) => finding.field));
            setErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in changes) || flagged.has(field))));
          }}
          onEdit={() => {
            personalData.clear();
            formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
          }}
          onPostAnyway={() => void submit(true)}
          busy={loading}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {draft.publish ? t('ask.submitPublish') : t('ask.submitDraft')}
        </Button>
      </div>
    </form>
  );
}
