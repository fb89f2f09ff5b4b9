import { useTranslation } from 'react-i18next';
import { ComingSoon, PageHeading } from '../../../ui';
import { canAskQuestions } from '../../account/roles';
import { useSession } from '../../account/session-context';
import { AskQuestionForm } from './ask-question-form';

export function AskQuestionPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!canAskQuestions(session)) {
    return <ComingSoon title={t('ask.title')} description={t('ask.notAllowed')} />;
  }
  return (
    <div className="ask-page">
      <PageHeading>{t('ask.title')}</PageHeading>
      <p>{t('ask.intro')}</p>
      <AskQuestionForm />
    </div>
  );
}
