import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui';
import { useLanguage } from '../vocabulary';
import { isCurrent, redactAll, redactOne, type Finding } from './findings';
import './personal-data.css';

const CONTEXT = 40;

export interface PersonalDataPanelProps {
  findings: readonly Finding[];
  /** The form's current values of the fields the findings are in. */
  values: Readonly<Record<string, string>>;
  /** Each field's label, as the form shows it. */
  fieldLabels: Readonly<Record<string, string>>;
  /** A redaction changed a field: the form stores the value, the panel keeps the findings left. */
  onRedact: (changes: Record<string, string>, findingsLeft: Finding[]) => void;
  /** The author chooses to edit the text themselves: the form closes the panel. */
  onEdit: () => void;
  /** Post as it is: the item goes to the moderators' review queue. */
  onPostAnyway: () => void;
  busy?: boolean;
}

/** The name of a finding's kind in the reader's language (an admin pattern brings its own). */
export function useKindLabel(): (finding: { kind: string; label?: Finding['label'] | null }) => string {
  const { t } = useTranslation();
  const language = useLanguage();
  // Literal keys, so the locale test can see every one.
  const names: Record<string, string> = {
    UNHCR_CASE_NUMBER: t('personalData.kinds.UNHCR_CASE_NUMBER'),
    UNHCR_INDIVIDUAL_ID: t('personalData.kinds.UNHCR_INDIVIDUAL_ID'),
    UNHCR_BARCODE: t('personalData.kinds.UNHCR_BARCODE'),
    PHONE_LEBANON: t('personalData.kinds.PHONE_LEBANON'),
    PHONE_SYRIA: t('personalData.kinds.PHONE_SYRIA'),
    EMAIL: t('personalData.kinds.EMAIL'),
    NATIONAL_ID: t('personalData.kinds.NATIONAL_ID'),
    COORDINATES: t('personalData.kinds.COORDINATES'),
  };
  return (finding) => finding.label?.[language] || names[finding.kind] || t('personalData.kinds.CUSTOM');
}

/** The text around a finding, with the finding marked. */
export function FindingExcerpt({ text, start, end }: { text: string; start: number; end: number }) {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  return (
    <p className="personal-data__excerpt" dir="auto">
      {from > 0 ? '…' : null}
      {text.slice(from, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end, to)}
      {to < text.length ? '…' : null}
    </p>
  );
}

/**
 * Redact before posting: what the personal-data guard found and where, highlighted in the author's
 * own text, with "redact this", "redact all" (a placeholder in the author's language), "edit" and
 * "post anyway" (the item then waits for a moderator).
 */
export function PersonalDataPanel({ findings, values, fieldLabels, onRedact, onEdit, onPostAnyway, busy }: PersonalDataPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kindLabel = useKindLabel();
  const heading = useRef<HTMLHeadingElement>(null);
  // A page can hold several forms (a comment form under every contribution).
  const headingId = useId();
  const current = findings.filter((finding) => isCurrent(finding, values[finding.field] ?? ''));

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="personal-data" aria-labelledby={headingId} data-testid="personal-data-panel">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        {t('personalData.heading', { count: current.length })}
      </h3>
      <p>{t('personalData.intro')}</p>
      <ul className="personal-data__list">
        {current.map((finding) => (
          <li key={`${finding.field}:${finding.start}`} className="personal-data__item">
            <p className="personal-data__what">
              <strong>{kindLabel(finding)}</strong> · {t('personalData.inField', { field: fieldLabels[finding.field] ?? finding.field })}
            </p>
            <FindingExcerpt text={values[finding.field] ?? ''} start={finding.start} end={finding.end} />
            <Button
              variant="secondary"
              aria-label={t('personalData.redactThisNamed', { kind: kindLabel(finding), text: finding.text })}
              onClick={() => {
                const result = redactOne(values[finding.field] ?? '', finding, current, language);
                onRedact({ [finding.field]: result.value }, result.findings);
              }}
            >
              {t('personalData.redactThis')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="form-actions personal-data__actions">
        <Button onClick={() => onRedact(redactAll(values, current, language), [])}>{t('personalData.redactAll')}</Button>
        <Button variant="secondary" onClick={onEdit}>
          {t('personalData.edit')}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={onPostAnyway}>
          {t('personalData.postAnyway')}
        </Button>
      </div>
      <p className="field__hint">{t('personalData.postAnywayHint')}</p>
    </section>
  );
}

/** "Awaiting review" (or "Not published" with the moderator's reason) on the author's own held item. */
export function ReviewBadge({ review, reason }: { review: string | null | undefined; reason?: string | null }) {
  const { t } = useTranslation();
  if (review !== 'HELD' && review !== 'REJECTED') return null;
  return (
    <span className={`review-badge review-badge--${review.toLowerCase()}`} data-testid="review-badge">
      {review === 'HELD' ? t('personalData.awaitingReview') : t('personalData.rejected')}
      {review === 'REJECTED' && reason ? <span className="review-badge__reason"> · {reason}</span> : null}
    </span>
  );
}
