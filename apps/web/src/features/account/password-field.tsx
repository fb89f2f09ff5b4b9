import { useTranslation } from 'react-i18next';
import { LIMITS } from '@hub/domain';
import { TextField } from '../../ui';

export interface NewPasswordFieldProps {
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

/** A new password, with the length rule stated up front. */
export function NewPasswordField({ value, error, onChange }: NewPasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('account.fields.newPassword')}
      hint={t('account.fields.newPasswordHint', { count: LIMITS.passwordMin })}
      type="password"
      name="new-password"
      autoComplete="new-password"
      maxLength={LIMITS.passwordMax}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

export function usePasswordError(): (password: string) => string | undefined {
  const { t } = useTranslation();
  return (password) => {
    if (!password) return t('account.errors.passwordRequired');
    if (password.length < LIMITS.passwordMin) return t('account.errors.passwordTooShort', { count: LIMITS.passwordMin });
    if (password.length > LIMITS.passwordMax) return t('account.errors.passwordTooLong', { count: LIMITS.passwordMax });
    return undefined;
  };
}
