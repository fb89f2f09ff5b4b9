import { useTranslation } from 'react-i18next';
import { LinkButton, PageHeading } from '../../ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <article>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <LinkButton to="/" variant="secondary">
        {t('comingSoon.backHome')}
      </LinkButton>
    </article>
  );
}
