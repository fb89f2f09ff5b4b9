import { useTranslation } from 'react-i18next';
import type { QuestionStatus } from '../../../graphql/generated/graphql';

export function QuestionStatusLabel({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation();
  const labels: Record<QuestionStatus, string> = {
    DRAFT: t('questionStatus.DRAFT'),
    OPEN: t('questionStatus.OPEN'),
    SYNTHESISING: t('questionStatus.SYNTHESISING'),
    CLOSED: t('questionStatus.CLOSED'),
  };
  return <span className={`question-status question-status--${status.toLowerCase()}`}>{labels[status]}</span>;
}
