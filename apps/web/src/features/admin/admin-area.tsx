import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../not-found/not-found-page';
import { AdminHomePage } from './admin-home-page';
import { AdminLayout } from './admin-layout';
import { ADMIN_SECTIONS } from './admin-sections';
import { RequireAdminSection } from './require-admin-section';

/** Everything under /admin: one lazy chunk for the frame, one per section page. */
export function AdminArea() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route index element={<AdminHomePage />} />
        {ADMIN_SECTIONS.map((section) => (
          <Route
            key={section.path}
            path={section.path}
            element={
              <RequireAdminSection section={section}>
                <section.Page />
              </RequireAdminSection>
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
