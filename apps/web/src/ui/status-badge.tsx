import type { ReactNode } from 'react';
import './status-badge.css';

export type StatusTone = 'ok' | 'unavailable' | 'unknown';

const ICONS: Record<StatusTone, string> = { ok: '✓', unavailable: '✕', unknown: '?' };

export interface StatusBadgeProps {
  tone: StatusTone;
  /** The translated label; the icon only repeats it, so colour is never the only signal. */
  children: ReactNode;
}

export function StatusBadge({ tone, children }: StatusBadgeProps) {
  return (
    <span className={`status-badge status-badge--${tone}`}>
      <span className="status-badge__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      {children}
    </span>
  );
}
