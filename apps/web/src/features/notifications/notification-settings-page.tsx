import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ROUTES } from '../../app/paths';
import type { EmailCadence } from '../../graphql/generated/graphql';
import { Button, ErrorMessage, LoadingState, PageHeading, RadioGroup } from '../../ui';
import { NOTIFICATION_PREFERENCES_QUERY, UPDATE_NOTIFICATION_PREFERENCES_MUTATION } from './graphql/notifications.operations';
import './notifications.css';

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NOTIFICATION_PREFERENCES_QUERY);
  const [save, saving] = useMutation(UPDATE_NOTIFICATION_PREFERENCES_MUTATION);
  const [choice, setChoice] = useState<EmailCadence | null>(null);
  const [saved, setSaved] = useState(false);
  const preferences = data?.notificationPreferences;
  const value = choice ?? preferences?.email ?? null;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value) return;
    setSaved(false);
    try {
      await save({ variables: { email: value } });
      setSaved(true);
    } catch {
      // Shown from `saving.error` below.
    }
  };

  let content;
  if (error && !preferences) {
    content = <ErrorMessage title={t('notifications.settings.loadError')} action={<Button variant="secondary" onClick={() => void refetch()}>{t('notifications.retry')}</Button>} />;
  } else if (!preferences || !value) {
    content = <LoadingState label={t('notifications.loading')} />;
  } else {
    content = (
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <p>{t('notifications.settings.inApp')}</p>
        {preferences.emailAvailable ? null : <p data-testid="email-unavailable">{t('notifications.settings.emailUnavailable')}</p>}
        <RadioGroup
          legend={t('notifications.settings.emailLegend')}
          name="email-cadence"
          value={value}
          onChange={(next) => {
            setSaved(false);
            setChoice(next as EmailCadence);
          }}
          options={[
            { value: 'INSTANT', label: t('notifications.settings.cadence.INSTANT') },
            { value: 'DAILY', label: t('notifications.settings.cadence.DAILY') },
            { value: 'WEEKLY', label: t('notifications.settings.cadence.WEEKLY') },
            { value: 'OFF', label: t('notifications.settings.cadence.OFF') },
          ]}
        />
        <Button type="submit" disabled={saving.loading}>
          {t('notifications.settings.save')}
        </Button>
        <p role="status">{saved ? t('notifications.settings.saved') : ''}</p>
        {saving.error ? <ErrorMessage title={t('notifications.settings.saveError')} /> : null}
      </form>
    );
  }

  return (
    <article className="notification-settings">
      <PageHeading>{t('notifications.settings.title')}</PageHeading>
      {content}
      <p>
        <Link to={ROUTES.notifications}>{t('notifications.title')}</Link>
      </p>
    </article>
  );
}
