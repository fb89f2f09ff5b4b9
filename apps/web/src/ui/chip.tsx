import type { ReactNode } from 'react';
import './chip.css';

export interface ChipListProps {
  /** What the chips are, for screen readers ("Sectors"). */
  label: string;
  children: ReactNode;
}

export function ChipList({ label, children }: ChipListProps) {
  return (
    <ul className="chip-list" aria-label={label}>
      {children}
    </ul>
  );
}

export function Chip({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'accent' }) {
  return <li className={`chip chip--${tone}`}>{children}</li>;
}
