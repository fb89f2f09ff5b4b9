import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ROUTES } from '../../app/paths';
import { errorCode, fieldErrorsOf } from '../../graphql/errors';
import { Button, ErrorMessage, PageHeading } from '../../ui';
import { RESET_PASSWORD_MUTATION } from './graphql/password-reset.operations';
import { NewPasswordField, usePasswordError } from './password-field';
import './account.css';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  const passwordError = usePasswordError();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordError(password);
    setError(problem);
    setFormError(null);
    if (problem) return;
    try {
      await reset({ variables: { input: { token, newPassword: password } } });
      setDone(true);
    } catch (failure) {
      const code = errorCode(failure);
      if (code === 'VALIDATION_FAILED') setError(fieldErrorsOf(failure)['newPassword'] ?? t('account.errors.passwordRequired'));
      else if (code === 'NOT_FOUND' || code === 'UNAUTHENTICATED') setFormError(t('account.reset.invalid'));
      else setFormError(t('account.errors.network'));
    }
  };

  return (
    <div className="account-page">
      <PageHeading>{t('account.reset.title')}</PageHeading>
      {done ? (
        <div role="status">
          <p>{t('account.reset.done')}</p>
          <p>
            <Link to={ROUTES.signIn}>{t('account.signIn.title')}</Link>
          </p>
        </div>
      ) : (
        <form className="account-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          {formError ? <ErrorMessage title={formError} /> : null}
          <NewPasswordField value={password} error={error} onChange={setPassword} />
          <Button type="submit" disabled={loading}>
            {t('account.reset.submit')}
          </Button>
        </form>
      )}
    </div>
  );
}
