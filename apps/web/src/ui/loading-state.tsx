import './loading-state.css';

export interface LoadingStateProps {
  /** The translated text read by screen readers and shown beside the spinner. */
  label: string;
}

export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="loading-state" role="status">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}
