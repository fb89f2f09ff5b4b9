import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../ui';

export function AskQuestionPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('ask.title')} description={t('ask.description')} />;
}
