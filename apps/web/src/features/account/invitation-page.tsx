import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LIMITS } from '@hub/domain';
import { ROUTES } from '../../app/paths';
import { errorCode, fieldErrorsOf } from '../../graphql/errors';
import { Button, ErrorMessage, LoadingState, PageHeading, TextField } from '../../ui';
import { ACCEPT_INVITATION_MUTATION, INVITATION_PREVIEW_QUERY } from './graphql/invitation.operations';
import { NewPasswordField, usePasswordError } from './password-field';
import { useCompleteSignIn } from './use-complete-sign-in';
import './account.css';

interface InvitationErrors {
  displayName?: string;
  password?: string;
}

export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(INVITATION_PREVIEW_QUERY, { variables: { token }, fetchPolicy: 'network-only' });

  let content;
  if (loading) content = <LoadingState label={t('account.invitation.loading')} />;
  else if (error || !data) {
    content = (
      <ErrorMessage title={errorCode(error) === 'NOT_FOUND' ? t('account.invitation.invalid') : t('account.errors.network')} />
    );
  } else {
    const preview = data.invitationPreview;
    content = (
      <>
        <p>{t('account.invitation.intro')}</p>
        <dl className="account-page__facts">
          <dt>{t('account.invitation.organisation')}</dt>
          <dd>
            <bdi>{preview.organisationName}</bdi>
          </dd>
          <dt>{t('account.fields.email')}</dt>
          <dd>
            <bdi>{preview.email}</bdi>
          </dd>
        </dl>
        <AcceptInvitationForm token={token} initialName={preview.displayName} />
      </>
    );
  }

  return (
    <div className="account-page">
      <PageHeading>{t('account.invitation.title')}</PageHeading>
      {content}
    </div>
  );
}

function AcceptInvitationForm({ token, initialName }: { token: string; initialName: string }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState(initialName);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<InvitationErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [accept, { loading }] = useMutation(ACCEPT_INVITATION_MUTATION);
  const completeSignIn = useCompleteSignIn();
  const passwordError = usePasswordError();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: InvitationErrors = {
      displayName: displayName.trim() ? undefined : t('account.errors.nameRequired'),
      password: passwordError(password),
    };
    setErrors(found);
    setFormError(null);
    if (found.displayName || found.password) return;
    try {
      const { data } = await accept({ variables: { input: { token, password, displayName: displayName.trim() } } });
      if (data) await completeSignIn(data.acceptInvitation, ROUTES.home);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'VALIDATION_FAILED') {
        const fields = fieldErrorsOf(error);
        setErrors({ displayName: fields['displayName'], password: fields['password'] });
      } else if (code === 'NOT_FOUND') setFormError(t('account.invitation.invalid'));
      else setFormError(t('account.errors.network'));
    }
  };

  return (
    <form className="account-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      {formError ? <ErrorMessage title={formError} /> : null}
      <TextField
        label={t('account.fields.displayName')}
        hint={t('account.fields.displayNameHint')}
        name="displayName"
        autoComplete="name"
        dir="auto"
        maxLength={LIMITS.nameMax}
        value={displayName}
        error={errors.displayName}
        onChange={(event) => setDisplayName(event.target.value)}
      />
      <NewPasswordField value={password} error={errors.password} onChange={setPassword} />
      <Button type="submit" disabled={loading}>
        {t('account.invitation.submit')}
      </Button>
    </form>
  );
}
