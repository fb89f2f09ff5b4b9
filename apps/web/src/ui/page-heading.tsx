import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RouteFocusContext } from './route-focus';
import './page-heading.css';

export interface PageHeadingProps {
  children: ReactNode;
  /** Plain-text title for the browser tab, when `children` is not a string. */
  documentTitle?: string;
  id?: string;
}

/**
 * The page's one `<h1>`. It names the browser tab and, after an in-app navigation, takes focus so
 * screen reader and keyboard users start reading the new page.
 */
export function PageHeading({ children, documentTitle, id }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  const { focusOnMount } = useContext(RouteFocusContext);
  const title = documentTitle ?? (typeof children === 'string' ? children : undefined);
  const appName = t('app.name');

  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);

  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);

  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
