import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { LIMITS } from '@hub/domain';
import { ROUTES, safeNextPath } from '../../app/paths';
import { errorCode, fieldErrorsOf, retryAfterSeconds } from '../../graphql/errors';
import { Button, ErrorMessage, PageHeading, TextField } from '../../ui';
import { SIGN_IN_MUTATION } from './graphql/session.operations';
import { useCompleteSignIn } from './use-complete-sign-in';
import { looksLikeEmail } from './validation';
import './account.css';

interface SignInErrors {
  email?: string;
  password?: string;
}

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<SignInErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(SIGN_IN_MUTATION);
  const completeSignIn = useCompleteSignIn();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: SignInErrors = {};
    if (!email.trim()) found.email = t('account.errors.emailRequired');
    else if (!looksLikeEmail(email)) found.email = t('account.errors.emailInvalid');
    if (!password) found.password = t('account.errors.passwordRequired');
    setErrors(found);
    setFormError(null);
    if (found.email || found.password) return;
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      if (data) await completeSignIn(data.signIn, next);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'UNAUTHENTICATED') setFormError(t('account.signIn.wrongCredentials'));
      else if (code === 'RATE_LIMITED') {
        const minutes = Math.max(1, Math.ceil((retryAfterSeconds(error) ?? 60) / 60));
        setFormError(t('account.signIn.lockedOut', { count: minutes }));
      } else if (code === 'VALIDATION_FAILED') {
        const fields = fieldErrorsOf(error);
        setErrors({ email: fields['email'], password: fields['password'] });
      } else setFormError(t('account.errors.network'));
    }
  };

  return (
    <div className="account-page">
      <PageHeading>{t('account.signIn.title')}</PageHeading>
      {formError ? <ErrorMessage title={formError} /> : null}
      <form className="account-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          label={t('account.fields.email')}
          type="email"
          name="email"
          autoComplete="email"
          dir="ltr"
          maxLength={LIMITS.emailMax}
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('account.fields.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          maxLength={LIMITS.passwordMax}
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <Button type="submit" disabled={loading}>
          {loading ? t('account.signIn.submitting') : t('account.signIn.submit')}
        </Button>
      </form>
      <p>
        <Link to={ROUTES.forgotPassword}>{t('account.signIn.forgot')}</Link>
      </p>
      <p className="account-page__note">{t('account.signIn.invitationOnly')}</p>
    </div>
  );
}
