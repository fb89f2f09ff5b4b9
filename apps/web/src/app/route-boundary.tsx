import { Component, createContext, Suspense, useContext, useEffect, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ErrorMessage, LoadingState } from '../ui';

export function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('loading.page')} />;
}

export function PageError() {
  const { t } = useTranslation();
  return (
    <ErrorMessage
      title={t('pageError.title')}
      action={
        // A lazy page whose download failed stays failed until the page is loaded again.
        <Button onClick={() => window.location.reload()}>{t('pageError.reload')}</Button>
      }
    >
      <p>{t('pageError.body')}</p>
    </ErrorMessage>
  );
}

interface ErrorBoundaryProps {
  children: ReactNode;
  fallback: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * Told each time a page's content has committed. For a server-rendered page that is when React has
 * taken the page's markup over: its boundary hydrates after the rest of the app, and an update that
 * reaches it before (a language switch, say) would not match the server's markup.
 */
export const PageCommittedContext = createContext<(() => void) | null>(null);

function NotifyPageCommitted() {
  const onCommitted = useContext(PageCommittedContext);
  useEffect(() => onCommitted?.(), [onCommitted]);
  return null;
}

/** Wraps a lazily loaded page: a translated spinner while it loads, a translated error if it fails. */
export function RouteBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary fallback={<PageError />}>
      <Suspense fallback={<PageLoading />}>
        <NotifyPageCommitted />
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
