import type { ReactNode } from 'react';
import './error-message.css';

export interface ErrorMessageProps {
  title: string;
  children?: ReactNode;
  /** An optional way out, such as a retry button. */
  action?: ReactNode;
}

export function ErrorMessage({ title, children, action }: ErrorMessageProps) {
  return (
    <div className="error-message" role="alert">
      <p className="error-message__title">{title}</p>
      {children ? <div className="error-message__body">{children}</div> : null}
      {action ? <div className="error-message__action">{action}</div> : null}
    </div>
  );
}
