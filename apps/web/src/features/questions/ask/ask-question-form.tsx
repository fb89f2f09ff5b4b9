import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LIMITS } from '@hub/domain';
import { questionPath } from '../../../app/paths';
import { errorCode, fieldErrorsOf } from '../../../graphql/errors';
import type { AskQuestionInput, SensitivityLevel } from '../../../graphql/generated/graphql';
import { Button, CheckboxGroup, ErrorMessage, RadioGroup, TextAreaField, TextField } from '../../../ui';
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

function toInput(draft: QuestionDraft): AskQuestionInput {
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
  const update = (patch: Partial<QuestionDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
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
    try {
      const { data } = await ask({ variables: { input: toInput(draft) } });
      if (data) navigate(questionPath(data.askQuestion.id));
    } catch (failure) {
      const code = errorCode(failure);
      if (code === 'VALIDATION_FAILED') {
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
    <form noValidate onSubmit={(event) => void onSubmit(event)} className="ask-form">
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
      <div className="form-actions">
        <Button type="submit" disabled={loading}>
          {draft.publish ? t('ask.submitPublish') : t('ask.submitDraft')}
        </Button>
      </div>
    </form>
  );
}
