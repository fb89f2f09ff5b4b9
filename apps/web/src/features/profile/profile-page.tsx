import { useApolloClient, useMutation } from '@apollo/client/react';
import { LIMITS } from '@hub/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ROUTES } from '../../app/paths';
import { PageLoading } from '../../app/route-boundary';
import { retryAfterSeconds } from '../../graphql/errors';
import { chooseLanguage, isLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES, type Language } from '../../i18n';
import { Button, ErrorMessage, PageHeading, SelectField, TextField } from '../../ui';
import { NewPasswordField, usePasswordError } from '../account/password-field';
import { useSession, useSessionStore } from '../account/session-context';
import type { Viewer } from '../account/session-store';
import { useAction } from '../admin/action-errors';
import { roleLabel } from '../members/member-labels';
import { CHANGE_PASSWORD_MUTATION, MY_DATA_QUERY, SIGN_OUT_EVERYWHERE_MUTATION, UPDATE_PROFILE_MUTATION } from './graphql/profile.operations';
import '../admin/admin.css';

/** /profile: one's name and language, password, own data, and signing out everywhere. */
export function ProfilePage() {
  const { t, ready } = useTranslation('people');
  const session = useSession();
  if (!ready) return <PageLoading />;
  if (session.status !== 'signedIn') return null;
  const { viewer } = session;
  return (
    <article className="profile-page">
      <PageHeading>{t('profile.title')}</PageHeading>
      <p>
        <span dir="ltr">{viewer.email}</span> · {viewer.roles.map((role) => roleLabel(t, role)).join(', ')}
      </p>
      <ProfileDetails viewer={viewer} />
      <ChangePassword />
      <MyData />
      <SignOutEverywhere />
    </article>
  );
}

function ProfileDetails({ viewer }: { viewer: Viewer }) {
  const { t, i18n } = useTranslation('people');
  const store = useSessionStore();
  const action = useAction();
  const [displayName, setDisplayName] = useState(viewer.displayName);
  const [language, setLanguage] = useState<Language>(isLanguage(viewer.language) ? viewer.language : 'en');
  const [problem, setProblem] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [update] = useMutation(UPDATE_PROFILE_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const name = displayName.trim();
    const found = !name ? t('account.errors.nameRequired') : name.length > LIMITS.nameMax ? t('admin.terms.errors.tooLong', { count: LIMITS.nameMax }) : undefined;
    setProblem(found);
    if (found) return;
    let updated: Viewer | null = null;
    const done = await action.run(async () => {
      const response = await update({ variables: { input: { displayName: name, language } } });
      if (response.data) updated = { ...viewer, displayName: response.data.updateProfile.displayName, language: response.data.updateProfile.language };
    });
    const token = store.getAccessToken();
    if (done && updated && token) {
      store.signedIn({ accessToken: token, viewer: updated });
      setSaved(true);
      if (i18n.language !== language) await chooseLanguage(i18n, language);
    }
  };

  return (
    <section className="admin-panel" aria-labelledby="profile-details">
      <h2 id="profile-details">{t('profile.details')}</h2>
      <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('account.fields.displayName')}
          hint={t('account.fields.displayNameHint')}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          error={problem ?? action.fieldErrors['displayName']}
          autoComplete="name"
          required
          dir="auto"
        />
        <SelectField
          label={t('profile.language')}
          hint={t('profile.languageHint')}
          value={language}
          onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}
          options={SUPPORTED_LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
        />
        {action.formError ? <ErrorMessage title={action.formError} /> : null}
        {saved ? (
          <p role="status" className="admin-done">
            {t('admin.saved')}
          </p>
        ) : null}
        <Button type="submit" disabled={action.running}>
          {t('admin.save')}
        </Button>
      </form>
    </section>
  );
}

function ChangePassword() {
  const { t } = useTranslation('people');
  const action = useAction();
  const passwordError = usePasswordError();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [problems, setProblems] = useState<Partial<Record<'current' | 'next', string>>>({});
  const [changed, setChanged] = useState(false);
  const [rateLimited, setRateLimited] = useState<number | null>(null);
  const [change] = useMutation(CHANGE_PASSWORD_MUTATION);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    setRateLimited(null);
    const found: Partial<Record<'current' | 'next', string>> = {};
    if (!current) found.current = t('account.errors.passwordRequired');
    const nextProblem = passwordError(next);
    if (nextProblem) found.next = nextProblem;
    else if (next === current) found.next = t('profile.password.same');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const done = await action.run(async () => {
      try {
        await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      } catch (error) {
        const seconds = retryAfterSeconds(error);
        if (seconds !== undefined) setRateLimited(Math.ceil(seconds / 60));
        throw error;
      }
    });
    if (done) {
      setCurrent('');
      setNext('');
      setChanged(true);
    }
  };

  const serverCurrent = action.fieldErrors['currentPassword'] ? t('profile.password.wrong') : undefined;
  return (
    <section className="admin-panel" aria-labelledby="profile-password">
      <h2 id="profile-password">{t('profile.password.title')}</h2>
      <form className="admin-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('profile.password.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={problems.current ?? serverCurrent}
        />
        <NewPasswordField value={next} onChange={setNext} error={problems.next ?? action.fieldErrors['newPassword']} />
        {rateLimited !== null ? (
          <ErrorMessage title={t('account.signIn.lockedOut', { count: Math.max(1, rateLimited) })} />
        ) : action.formError ? (
          <ErrorMessage title={action.formError} />
        ) : null}
        {changed ? (
          <p role="status" className="admin-done">
            {t('profile.password.changed')}
          </p>
        ) : null}
        <Button type="submit" disabled={action.running}>
          {t('profile.password.submit')}
        </Button>
      </form>
    </section>
  );
}

function MyData() {
  const { t } = useTranslation('people');
  const client = useApolloClient();
  const action = useAction();
  const download = () =>
    void action.run(async () => {
      // Never cached: the document holds everything about the viewer.
      const { data } = await client.query({ query: MY_DATA_QUERY, fetchPolicy: 'no-cache' });
      if (!data) return;
      const url = URL.createObjectURL(new Blob([data.myData], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'my-knowledge-hub-data.json';
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    });
  return (
    <section className="admin-panel" aria-labelledby="profile-data">
      <h2 id="profile-data">{t('profile.data.title')}</h2>
      <p>{t('profile.data.body')}</p>
      {action.formError ? <ErrorMessage title={action.formError} /> : null}
      <Button variant="secondary" disabled={action.running} onClick={download}>
        {t('profile.data.download')}
      </Button>
    </section>
  );
}

function SignOutEverywhere() {
  const { t } = useTranslation('people');
  const store = useSessionStore();
  const client = useApolloClient();
  const navigate = useNavigate();
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [signOutEverywhere] = useMutation(SIGN_OUT_EVERYWHERE_MUTATION);
  const confirm = async () => {
    if (await action.run(() => signOutEverywhere())) {
      store.signedOut();
      await client.clearStore();
      navigate(ROUTES.home);
    }
  };
  return (
    <section className="admin-panel" aria-labelledby="profile-sessions">
      <h2 id="profile-sessions">{t('profile.sessions.title')}</h2>
      <p>{t('profile.sessions.body')}</p>
      {action.formError ? <ErrorMessage title={action.formError} /> : null}
      {confirming ? (
        <div className="admin-confirm" role="group" aria-labelledby="profile-sessions-confirm">
          <p id="profile-sessions-confirm">{t('profile.sessions.confirm')}</p>
          <div className="admin-form__actions">
            <Button disabled={action.running} onClick={() => void confirm()}>
              {t('profile.sessions.submit')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('admin.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t('profile.sessions.submit')}
        </Button>
      )}
    </section>
  );
}
