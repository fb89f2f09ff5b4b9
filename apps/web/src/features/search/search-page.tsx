import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../ui';

export function SearchPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('search.title')} description={t('search.description')} />;
}
