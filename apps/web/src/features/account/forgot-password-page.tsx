import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@hub/domain';
import { errorCode, retryAfterSeconds } from '../../graphql/errors';
import { Button, ErrorMessage, PageHeading, TextField } from '../../ui';
import { REQUEST_PASSWORD_RESET_MUTATION } from './graphql/password-reset.operations';
import { looksLikeEmail } from './validation';
import './account.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET_MUTATION);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = !email.trim()
      ? t('account.errors.emailRequired')
      : looksLikeEmail(email)
        ? undefined
        : t('account.errors.emailInvalid');
    setError(problem);
    setFormError(null);
    if (problem) return;
    try {
      await request({ variables: { input: { email: email.trim() } } });
      setSent(true);
    } catch (failure) {
      if (errorCode(failure) === 'RATE_LIMITED') {
        const minutes = Math.max(1, Math.ceil((retryAfterSeconds(failure) ?? 60) / 60));
        setFormError(t('account.forgot.rateLimited', { count: minutes }));
      } else setFormError(t('account.errors.network'));
    }
  };

  return (
    <div className="account-page">
      <PageHeading>{t('account.forgot.title')}</PageHeading>
      {sent ? (
        <p role="status">{t('account.forgot.sent')}</p>
      ) : (
        <>
          <p>{t('account.forgot.intro')}</p>
          <form className="account-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            {formError ? <ErrorMessage title={formError} /> : null}
            <TextField
              label={t('account.fields.email')}
              type="email"
              name="email"
              autoComplete="email"
              dir="ltr"
              maxLength={LIMITS.emailMax}
              value={email}
              error={error}
              onChange={(event) => setEmail(event.target.value)}
            />
            <Button type="submit" disabled={loading}>
              {t('account.forgot.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
