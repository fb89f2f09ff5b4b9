import { Button } from './button';
import { ErrorMessage } from './error-message';
import { LoadingState } from './loading-state';

export interface PendingStateProps {
  /** The query's error, if its last try failed. */
  error: unknown;
  onRetry: () => void;
  /** Translated texts: beside the spinner, the error's title and the retry button's. */
  loadingLabel: string;
  errorTitle: string;
  retryLabel: string;
}

/** What a part of a page shows until its query first answers: loading, or the error with a retry. */
export function PendingState({ error, onRetry, loadingLabel, errorTitle, retryLabel }: PendingStateProps) {
  if (error) return <ErrorMessage title={errorTitle} action={<Button onClick={onRetry}>{retryLabel}</Button>} />;
  return <LoadingState label={loadingLabel} />;
}
