import { useApolloClient } from '@apollo/client/react';
import { MAX_CUSTOM_PATTERN_LENGTH } from '@hub/data-protection';
import { LIMITS } from '@hub/domain';
import type { TFunction } from 'i18next';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../graphql/errors';
import type { TestPersonalDataPatternQuery } from '../../../graphql/generated/graphql';
import { Button, CheckboxField, ErrorMessage, HighlightedText, TextAreaField, TextField } from '../../../ui';
import { useAction, type ActionState } from '../action-errors';
import { TEST_PERSONAL_DATA_PATTERN_QUERY } from '../graphql/personal-data-patterns.operations';
import './pattern-form.css';

export interface PatternValues {
  name: string;
  pattern: string;
  caseInsensitive: boolean;
  enabled: boolean;
  en: string;
  ar: string;
  fr: string;
}

export const EMPTY_PATTERN: PatternValues = { name: '', pattern: '', caseInsensitive: false, enabled: true, en: '', ar: '', fr: '' };

export function patternValues(pattern: { name: string; pattern: string; caseInsensitive: boolean; enabled: boolean; label: { en: string; ar: string; fr: string } }): PatternValues {
  return { name: pattern.name, pattern: pattern.pattern, caseInsensitive: pattern.caseInsensitive, enabled: pattern.enabled, ...pattern.label };
}

type Field = 'name' | 'pattern' | 'en' | 'ar' | 'fr';
type Problems = Partial<Record<Field, string>>;
type TestResult = TestPersonalDataPatternQuery['testPersonalDataPattern'];

/** Why the API refuses a pattern, in the reader's language (literal keys, so the locale test sees them). */
export function patternProblemMessage(t: TFunction, code: string): string {
  switch (code) {
    case 'SYNTAX':
      return t('admin.personalDataPatterns.problems.SYNTAX');
    case 'TOO_LONG':
      return t('admin.personalDataPatterns.problems.TOO_LONG', { count: MAX_CUSTOM_PATTERN_LENGTH });
    case 'INVALID_FLAGS':
      return t('admin.personalDataPatterns.problems.INVALID_FLAGS');
    case 'MATCHES_EMPTY':
      return t('admin.personalDataPatterns.problems.MATCHES_EMPTY');
    case 'NESTED_QUANTIFIER':
      return t('admin.personalDataPatterns.problems.NESTED_QUANTIFIER');
    case 'SLOW':
      return t('admin.personalDataPatterns.problems.SLOW');
    default:
      return t('admin.personalDataPatterns.problems.other');
  }
}

function useValidate(): (values: PatternValues) => Problems {
  const { t } = useTranslation();
  return (values) => {
    const problems: Problems = {};
    for (const field of ['name', 'en', 'ar', 'fr'] as const) {
      const value = values[field].trim();
      if (!value) problems[field] = t('admin.personalDataPatterns.errors.required');
      else if (value.length > LIMITS.nameMax) problems[field] = t('admin.personalDataPatterns.errors.tooLong', { count: LIMITS.nameMax });
    }
    if (!values.pattern) problems.pattern = t('admin.personalDataPatterns.errors.required');
    else if (values.pattern.length > MAX_CUSTOM_PATTERN_LENGTH) problems.pattern = patternProblemMessage(t, 'TOO_LONG');
    return problems;
  };
}

/** The server's field paths (`name`, `pattern`, `label.en`) onto this form's fields. */
function serverProblems(fields: FieldErrors): Problems {
  const problems: Problems = {};
  for (const [field, message] of Object.entries(fields)) {
    if (field === 'name' || field === 'pattern') problems[field] = message;
    else if (field === 'label.en' || field === 'label.ar' || field === 'label.fr') problems[field.slice('label.'.length) as 'en' | 'ar' | 'fr'] = message;
  }
  return problems;
}

export interface PatternFormProps {
  initial: PatternValues;
  submitLabel: string;
  action: ActionState;
  onSubmit: (values: PatternValues) => Promise<void>;
  onCancel?: () => void;
}

/**
 * A personal-data pattern: its name, the regular expression, what it finds in three languages, and
 * a tester that runs it on sample text through the API (the same checks as saving). Saving first
 * asks the API whether the pattern is safe, so a refusal is explained in the reader's language.
 */
export function PatternForm({ initial, submitLabel, action, onSubmit, onCancel }: PatternFormProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [checking, setChecking] = useState(false);
  const validate = useValidate();
  const shown = { ...serverProblems(action.fieldErrors), ...problems };
  // An edited field's message goes; the next submit checks again.
  const change = (patch: Partial<PatternValues>) => {
    setValues({ ...values, ...patch });
    setProblems((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !(field in patch))));
    if (Object.keys(action.fieldErrors).length) action.reset();
  };
  const set = (key: Field) => (event: { target: { value: string } }) => change({ [key]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setProblems(found);
    if (Object.keys(found).length) return;
    setChecking(true);
    try {
      const { data } = await client.query({
        query: TEST_PERSONAL_DATA_PATTERN_QUERY,
        variables: { input: { pattern: values.pattern, caseInsensitive: values.caseInsensitive, sample: '' } },
        fetchPolicy: 'no-cache',
      });
      const problem = data?.testPersonalDataPattern.problem;
      if (problem) {
        setProblems({ pattern: patternProblemMessage(t, problem.code) });
        return;
      }
    } catch {
      // Saving checks the pattern again and reports any refusal itself.
    } finally {
      setChecking(false);
    }
    await onSubmit(values);
  };

  return (
    <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField label={t('admin.personalDataPatterns.fields.name')} hint={t('admin.personalDataPatterns.fields.nameHint')} value={values.name} onChange={set('name')} error={shown.name} required dir="auto" />
      <TextField
        label={t('admin.personalDataPatterns.fields.pattern')}
        hint={t('admin.personalDataPatterns.fields.patternHint')}
        value={values.pattern}
        onChange={set('pattern')}
        error={shown.pattern}
        required
        dir="ltr"
        spellCheck={false}
        autoComplete="off"
        className="field__control pattern-form__regex"
      />
      <CheckboxField
        label={t('admin.personalDataPatterns.fields.caseInsensitive')}
        checked={values.caseInsensitive}
        onChange={(event) => change({ caseInsensitive: event.target.checked })}
      />
      <fieldset className="field fieldset">
        <legend className="field__label">{t('admin.personalDataPatterns.fields.label')}</legend>
        <p className="field__hint">{t('admin.personalDataPatterns.fields.labelHint')}</p>
        <div className="admin-form__names">
          <TextField label={t('admin.personalDataPatterns.fields.labelEn')} value={values.en} onChange={set('en')} error={shown.en} required lang="en" dir="ltr" />
          <TextField label={t('admin.personalDataPatterns.fields.labelAr')} value={values.ar} onChange={set('ar')} error={shown.ar} required lang="ar" dir="rtl" />
          <TextField label={t('admin.personalDataPatterns.fields.labelFr')} value={values.fr} onChange={set('fr')} error={shown.fr} required lang="fr" dir="ltr" />
        </div>
      </fieldset>
      <CheckboxField
        label={t('admin.personalDataPatterns.fields.enabled')}
        hint={t('admin.personalDataPatterns.fields.enabledHint')}
        checked={values.enabled}
        onChange={(event) => change({ enabled: event.target.checked })}
      />
      <PatternTester pattern={values.pattern} caseInsensitive={values.caseInsensitive} />
      {action.formError ? <ErrorMessage title={action.formError} /> : null}
      <div className="admin-form__actions">
        <Button type="submit" disabled={action.running || checking}>
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

/** "Test against sample text": the pattern's matches highlighted in the sample, or why it is refused. */
function PatternTester({ pattern, caseInsensitive }: { pattern: string; caseInsensitive: boolean }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const headingId = useId();
  const [sample, setSample] = useState('');
  const [result, setResult] = useState<{ sample: string; outcome: TestResult } | null>(null);
  const [missing, setMissing] = useState(false);
  const action = useAction();
  const refused = action.formError ?? Object.values(action.fieldErrors)[0] ?? null;
  const error = missing ? t('admin.personalDataPatterns.tester.patternRequired') : refused;

  const run = async () => {
    setResult(null);
    setMissing(!pattern);
    if (!pattern) return;
    await action.run(async () => {
      const { data } = await client.query({
        query: TEST_PERSONAL_DATA_PATTERN_QUERY,
        variables: { input: { pattern, caseInsensitive, sample } },
        fetchPolicy: 'no-cache',
      });
      if (data) setResult({ sample, outcome: data.testPersonalDataPattern });
    });
  };

  const outcome = result?.outcome;
  return (
    <section className="pattern-tester" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('admin.personalDataPatterns.tester.heading')}</h3>
      <TextAreaField
        label={t('admin.personalDataPatterns.tester.sample')}
        hint={t('admin.personalDataPatterns.tester.sampleHint')}
        rows={3}
        maxLength={LIMITS.bodyMax}
        value={sample}
        onChange={(event) => {
          setSample(event.target.value);
          setResult(null);
        }}
      />
      <Button type="button" variant="secondary" disabled={action.running} onClick={() => void run()}>
        {t('admin.personalDataPatterns.tester.run')}
      </Button>
      <div aria-live="polite" data-testid="pattern-test-result">
        {error ? <ErrorMessage title={error} /> : null}
        {outcome?.problem ? <ErrorMessage title={patternProblemMessage(t, outcome.problem.code)} /> : null}
        {outcome?.valid && result ? (
          <>
            <p role="status">
              {outcome.matches.length ? t('admin.personalDataPatterns.tester.matches', { count: outcome.matches.length }) : t('admin.personalDataPatterns.tester.none')}
            </p>
            {outcome.matches.length ? (
              <>
                <p className="pattern-tester__sample" dir="auto">
                  <HighlightedText text={result.sample} ranges={outcome.matches} />
                </p>
                <ul className="pattern-tester__matches" aria-label={t('admin.personalDataPatterns.tester.matchList')}>
                  {outcome.matches.map((match) => (
                    <li key={`${match.start}-${match.end}`}>
                      <bdi>{match.text}</bdi>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
