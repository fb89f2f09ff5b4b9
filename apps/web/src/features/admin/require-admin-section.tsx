import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, PageHeading } from '../../ui';
import type { AdminSection } from './admin-sections';
import { useAdminSections } from './use-admin-sections';

/** A section page only for the roles it names; others get a plain "not for you" (the API refuses them anyway). */
export function RequireAdminSection({ section, children }: { section: AdminSection; children: ReactElement }) {
  const allowed = useAdminSections().some((candidate) => candidate.path === section.path);
  return allowed ? children : <AdminForbidden />;
}

export function AdminForbidden() {
  const { t } = useTranslation('people');
  return (
    <article>
      <PageHeading>{t('admin.forbidden.title')}</PageHeading>
      <ErrorMessage title={t('admin.forbidden.title')}>
        <p>{t('admin.forbidden.body')}</p>
      </ErrorMessage>
    </article>
  );
}
