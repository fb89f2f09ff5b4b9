import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../../ui';
import { ADMIN_GROUPS, adminSectionPath, groupLabel } from './admin-sections';
import { useAdminSections } from './use-admin-sections';

/** /admin: what each section is for. */
export function AdminHomePage() {
  const { t } = useTranslation('people');
  const sections = useAdminSections();
  return (
    <article className="admin-home">
      <PageHeading>{t('admin.title')}</PageHeading>
      <p>{t('admin.intro')}</p>
      {ADMIN_GROUPS.map((group) => {
        const inGroup = sections.filter((section) => section.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`admin-home-${group}`}>
            <h2 id={`admin-home-${group}`}>{groupLabel(t, group)}</h2>
            <ul className="admin-home__cards">
              {inGroup.map((section) => (
                <li key={section.path} className="admin-home__card">
                  <Link to={adminSectionPath(section)}>{section.label(t)}</Link>
                  <p>{section.description(t)}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </article>
  );
}
