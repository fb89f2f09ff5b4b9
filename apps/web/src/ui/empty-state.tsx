import type { ReactNode } from 'react';
import './empty-state.css';

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

/** Shown where a list has nothing yet, saying why and what to do next. */
export function EmptyState({ title, children, action }: EmptyStateProps) {
  return (
    <section className="empty-state">
      <h2 className="empty-state__title">{title}</h2>
      {children}
      {action ? <div className="empty-state__action">{action}</div> : null}
    </section>
  );
}
