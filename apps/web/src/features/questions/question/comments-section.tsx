import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@hub/domain';
import { fieldErrorsOf } from '../../../graphql/errors';
import type { CommentFieldsFragment, CommentTarget } from '../../../graphql/generated/graphql';
import { Button, formatDateTime, TextAreaField } from '../../../ui';
import { ReviewBadge } from '../../personal-data/personal-data-panel';
import { useLanguage } from '../../vocabulary';
import { ADD_COMMENT_MUTATION } from '../graphql/question-page.operations';
import type { OnChanged } from './types';

export interface CommentsSectionProps {
  headingId: string;
  heading: string;
  targetType: CommentTarget;
  targetId: string;
  comments: ReadonlyArray<CommentFieldsFragment>;
  canComment: boolean;
  onChanged: OnChanged;
  /** Contributions nest their comments under a smaller heading. */
  level?: 2 | 3;
}

export function CommentsSection({ headingId, heading, targetType, targetId, comments, canComment, onChanged, level = 2 }: CommentsSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Heading = level === 2 ? 'h2' : 'h3';
  const inner = (
    <>
      <Heading id={headingId}>{heading}</Heading>
      {comments.length ? (
        <ul className="comments__list">
          {comments.map((comment) => (
            <li key={comment.id} className="comments__item">
              <p className="comments__meta">
                <bdi>{comment.author?.displayName ?? t('question.comments.formerMember')}</bdi> ·{' '}
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt, language)}</time> <ReviewBadge review={comment.review} />
              </p>
              <p dir="auto">{comment.body}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t('question.comments.none')}</p>
      )}
      {canComment ? <CommentForm targetType={targetType} targetId={targetId} onChanged={onChanged} /> : null}
    </>
  );
  return level === 2 ? (
    <section className="comments" aria-labelledby={headingId}>
      {inner}
    </section>
  ) : (
    <div className="comments">{inner}</div>
  );
}

function CommentForm({ targetType, targetId, onChanged }: { targetType: CommentTarget; targetId: string; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [addComment, { loading }] = useMutation(ADD_COMMENT_MUTATION);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('question.comments.required'));
      return;
    }
    setError(undefined);
    try {
      await addComment({ variables: { input: { targetType, targetId, body: body.trim() } } });
      setBody('');
      await onChanged();
    } catch (failure) {
      setError(fieldErrorsOf(failure)['body'] ?? t('question.actionFailed'));
    }
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <TextAreaField
        label={t('question.comments.add')}
        rows={2}
        maxLength={LIMITS.commentMax}
        value={body}
        error={error}
        onChange={(event) => setBody(event.target.value)}
      />
      <Button type="submit" variant="secondary" disabled={loading}>
        {t('question.comments.submit')}
      </Button>
    </form>
  );
}
