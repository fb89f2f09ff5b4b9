import { useTranslation } from 'react-i18next';
import { LinkButton } from './button';
import { PageHeading } from './page-heading';
import './coming-soon.css';

export interface ComingSoonProps {
  title: string;
  description: string;
}

/** The page for a part of the hub that is planned but not built yet. */
export function ComingSoon({ title, description }: ComingSoonProps) {
  const { t } = useTranslation();
  return (
    <article className="coming-soon">
      <p className="coming-soon__badge">{t('comingSoon.badge')}</p>
      <PageHeading>{title}</PageHeading>
      <p>{description}</p>
      <p>{t('comingSoon.body')}</p>
      <LinkButton to="/" variant="secondary">
        {t('comingSoon.backHome')}
      </LinkButton>
    </article>
  );
}
