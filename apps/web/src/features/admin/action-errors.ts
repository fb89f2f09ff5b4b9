import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode, fieldErrorsOf, type FieldErrors } from '../../graphql/errors';

/** A refused change, in the reader's language, with the server's own words where it gave a reason. */
export function actionErrorMessage(translate: TFunction | TFunction<'people'>, error: unknown): string {
  // The keys live in the main namespace, which every page's namespace falls back to.
  const t = translate as TFunction;
  const detail = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
  switch (errorCode(error)) {
    case 'FORBIDDEN':
      return t('admin.errors.forbidden');
    case 'NOT_FOUND':
      return t('admin.errors.notFound');
    case 'CONFLICT':
      return detail ? t('admin.errors.conflictWith', { detail }) : t('admin.errors.conflict');
    case 'RATE_LIMITED':
      return t('admin.errors.rateLimited');
    case 'VALIDATION_FAILED':
      return t('admin.errors.invalid');
    case undefined:
      return t('admin.errors.network');
    default:
      return t('admin.errors.unexpected');
  }
}

export interface ActionState {
  /** Messages by field (`names.en`, `aliases`, …) for VALIDATION_FAILED. */
  fieldErrors: FieldErrors;
  /** A message for the whole form, when the error was not about one field. */
  formError: string | null;
  running: boolean;
  /** Runs a mutation; true when it succeeded. */
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  reset: () => void;
}

/** The state of one form's submission: per-field errors from the API, or one message. */
export function useAction(): ActionState {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const reset = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);
  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      reset();
      setRunning(true);
      try {
        await action();
        return true;
      } catch (error) {
        const fields = fieldErrorsOf(error);
        if (Object.keys(fields).length > 0) setFieldErrors(fields);
        else setFormError(actionErrorMessage(t, error));
        return false;
      } finally {
        setRunning(false);
      }
    },
    [reset, t],
  );
  return { fieldErrors, formError, running, run, reset };
}
