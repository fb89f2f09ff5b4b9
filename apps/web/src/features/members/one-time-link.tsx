import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, useDateFormat } from '../../ui';

/** A one-time link (invitation or reset) to pass on: shown once, selectable, with a copy button. */
export function OneTimeLink({ label, url, expiresAt }: { label: string; url: string; expiresAt: string }) {
  const { t } = useTranslation('people');
  const { formatDateTime } = useDateFormat();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="one-time-link" role="status">
      <p>
        <strong>{label}</strong>
      </p>
      <p className="one-time-link__hint">{t('members.link.hint', { date: formatDateTime(expiresAt) })}</p>
      <div className="one-time-link__row">
        <input
          className="field__control"
          readOnly
          value={url}
          dir="ltr"
          aria-label={label}
          data-testid="one-time-link"
          onFocus={(event) => event.target.select()}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? t('members.link.copied') : t('members.link.copy')}
        </Button>
      </div>
    </div>
  );
}
