import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary, PageError, PageLoading } from '../../app/route-boundary';
import { ROUTES } from '../../app/paths';
import { ADMIN_GROUPS, adminSectionPath, groupLabel } from './admin-sections';
import { AdminForbidden } from './require-admin-section';
import { useAdminSections } from './use-admin-sections';
import './admin.css';

/** The admin frame: a navigation of the sections this person may open, beside the open one. */
export function AdminLayout() {
  const { t, ready } = useTranslation('people');
  const { pathname } = useLocation();
  const sections = useAdminSections();
  // The admin strings are a chunk of their own (the `people` namespace): wait for them.
  if (!ready) return <PageLoading />;
  if (sections.length === 0) return <AdminForbidden />;

  return (
    <div className="admin">
      <nav className="admin__nav" aria-label={t('admin.nav.label')}>
        <NavLink to={ROUTES.admin} end className="admin__nav-home">
          {t('admin.nav.overview')}
        </NavLink>
        {ADMIN_GROUPS.map((group) => {
          const inGroup = sections.filter((section) => section.group === group);
          if (inGroup.length === 0) return null;
          return (
            <div key={group} className="admin__nav-group">
              <h2 className="admin__nav-heading" id={`admin-nav-${group}`}>
                {groupLabel(t, group)}
              </h2>
              <ul aria-labelledby={`admin-nav-${group}`}>
                {inGroup.map((section) => (
                  <li key={section.path}>
                    <NavLink to={adminSectionPath(section)}>{section.label(t)}</NavLink>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </nav>
      <div className="admin__content">
        {/* Its own boundary, so the navigation stays while a section's chunk loads or fails. */}
        <ErrorBoundary key={pathname} fallback={<PageError />}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </div>
    </div>
  );
}
