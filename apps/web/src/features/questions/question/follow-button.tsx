import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui';
import { useSession } from '../../account/session-context';
import { SET_FOLLOWING_MUTATION } from '../graphql/question-page.operations';
import type { OnChanged } from './types';

export function FollowButton({ questionId, following, onChanged }: { questionId: string; following: boolean; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const session = useSession();
  const [setFollowing, { loading, error }] = useMutation(SET_FOLLOWING_MUTATION);
  if (session.status !== 'signedIn') return null;
  const toggle = async () => {
    try {
      await setFollowing({ variables: { kind: 'QUESTION', key: questionId, following: !following } });
      await onChanged();
    } catch {
      // Shown below through `error`.
    }
  };
  return (
    <>
      <Button variant="secondary" aria-pressed={following} disabled={loading} onClick={() => void toggle()}>
        {following ? t('question.following') : t('question.follow')}
      </Button>
      {error ? <span role="alert">{t('question.actionFailed')}</span> : null}
    </>
  );
}
