import { LIMITS } from '@hub/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../graphql/errors';
import { Button, ErrorMessage, TextAreaField, TextField } from '../../../ui';
import type { ActionState } from '../action-errors';

export interface TermValues {
  code: string;
  en: string;
  ar: string;
  fr: string;
  /** One alias per line. */
  aliases: string;
}

export const EMPTY_TERM: TermValues = { code: '', en: '', ar: '', fr: '', aliases: '' };

export function termValues(term: { code: string; aliases: readonly string[]; names: { en: string; ar: string; fr: string } }): TermValues {
  return { code: term.code, en: term.names.en, ar: term.names.ar, fr: term.names.fr, aliases: term.aliases.join('\n') };
}

/** Aliases as the API takes them: trimmed, one per line (commas also separate), no blanks or repeats. */
export function aliasList(text: string): string[] {
  return [...new Set(text.split(/[\n,،]/).map((alias) => alias.trim()).filter(Boolean))];
}

// The API's rule for codes (upper case is applied while typing).
const CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

type Problems = Partial<Record<'code' | 'en' | 'ar' | 'fr' | 'aliases', string>>;

function useValidate(withCode: boolean): (values: TermValues) => Problems {
  const { t } = useTranslation('people');
  return (values) => {
    const problems: Problems = {};
    if (withCode && !CODE_PATTERN.test(values.code.trim())) problems.code = t('admin.terms.errors.code');
    for (const language of ['en', 'ar', 'fr'] as const) {
      const name = values[language].trim();
      if (!name) problems[language] = t('admin.terms.errors.nameRequired');
      else if (name.length > LIMITS.nameMax) problems[language] = t('admin.terms.errors.tooLong', { count: LIMITS.nameMax });
    }
    if (aliasList(values.aliases).some((alias) => alias.length > LIMITS.nameMax)) {
      problems.aliases = t('admin.terms.errors.tooLong', { count: LIMITS.nameMax });
    }
    return problems;
  };
}

/** The server's field paths (`names.en`, `code`, `aliases`) onto this form's fields. */
function serverProblems(fields: FieldErrors): Problems {
  const problems: Problems = {};
  for (const [field, message] of Object.entries(fields)) {
    if (field === 'code') problems.code = message;
    else if (field.startsWith('names.')) {
      const language = field.slice('names.'.length);
      if (language === 'en' || language === 'ar' || language === 'fr') problems[language] = message;
    } else if (field.startsWith('aliases')) problems.aliases = message;
  }
  return problems;
}

export interface TermFormProps {
  initial: TermValues;
  /** A code field (only when creating: codes never change). */
  withCode?: boolean;
  submitLabel: string;
  action: ActionState;
  onSubmit: (values: TermValues) => Promise<void>;
  onCancel?: () => void;
  /** Fields of one vocabulary (a sector's parent, …). */
  children?: ReactNode;
}

/** Names in English, Arabic and French plus aliases: the shape every vocabulary term shares. */
export function TermForm({ initial, withCode = false, submitLabel, action, onSubmit, onCancel, children }: TermFormProps) {
  const { t } = useTranslation('people');
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const validate = useValidate(withCode);
  const shown = { ...serverProblems(action.fieldErrors), ...problems };
  const set = (key: keyof TermValues) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setProblems(found);
    if (Object.keys(found).length === 0) void onSubmit(values);
  };

  return (
    <form className="admin-form" onSubmit={submit} noValidate>
      {withCode ? (
        <TextField
          label={t('admin.terms.code')}
          hint={t('admin.terms.codeHint')}
          value={values.code}
          onChange={(event) => setValues({ ...values, code: event.target.value.toUpperCase() })}
          error={shown.code}
          required
          dir="ltr"
          autoComplete="off"
        />
      ) : null}
      <div className="admin-form__names">
        <TextField label={t('admin.terms.nameEn')} value={values.en} onChange={set('en')} error={shown.en} required lang="en" dir="ltr" />
        <TextField label={t('admin.terms.nameAr')} value={values.ar} onChange={set('ar')} error={shown.ar} required lang="ar" dir="rtl" />
        <TextField label={t('admin.terms.nameFr')} value={values.fr} onChange={set('fr')} error={shown.fr} required lang="fr" dir="ltr" />
      </div>
      <TextAreaField
        label={t('admin.terms.aliases')}
        hint={t('admin.terms.aliasesHint')}
        rows={3}
        value={values.aliases}
        onChange={set('aliases')}
        error={shown.aliases}
      />
      {children}
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
