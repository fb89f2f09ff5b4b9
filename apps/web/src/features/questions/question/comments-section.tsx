import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@hub/domain';
import { fieldErrorsOf } from '../../../graphql/errors';
import type { CommentFieldsFragment, CommentTarget } from '../../../graphql/generated/graphql';
import { Button, TextAreaField, useDateFormat } from '../../../ui';
import { PersonalDataPanel, ReviewBadge } from '../../personal-data/personal-data-panel';
import { usePersonalDataFindings } from '../../personal-data/use-personal-data-findings';
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
  const { formatDateTime } = useDateFormat();
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
                <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time> <ReviewBadge review={comment.review} />
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
  const [held, setHeld] = useState(false);
  const [addComment, { loading }] = useMutation(ADD_COMMENT_MUTATION);
  // What the API's personal-data guard found in the comment sent: shown for redaction in place.
  const personalData = usePersonalDataFindings();
  const formRef = useRef<HTMLFormElement>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  const submit = async (postDespitePersonalData: boolean) => {
    if (!body.trim()) {
      setError(t('question.comments.required'));
      return;
    }
    setError(undefined);
    setHeld(false);
    const sent = body.trim();
    try {
      await addComment({ variables: { input: { targetType, targetId, body: sent, postDespitePersonalData } } });
      setBody('');
      personalData.clear();
      setHeld(postDespitePersonalData);
      await onChanged();
    } catch (failure) {
      // The comment is trimmed before sending: the findings' offsets move onto what the author sees.
      if (personalData.caught(failure, { sent: { body: sent }, shown: { body } }).length) setError(t('personalData.fieldError'));
      else setError(fieldErrorsOf(failure)['body'] ?? t('question.actionFailed'));
    }
  };

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit}>
      {held ? (
        <p role="status" className="comments__held">
          {t('personalData.postedForReview')}
        </p>
      ) : null}
      <TextAreaField
        label={t('question.comments.add')}
        rows={2}
        maxLength={LIMITS.commentMax}
        value={body}
        error={error}
        onChange={(event) => {
          setBody(event.target.value);
          setHeld(false);
          // Typing makes the findings' offsets stale: they come back on the next submit.
          personalData.clear();
        }}
      />
      {personalData.findings.length ? (
        <PersonalDataPanel
          findings={personalData.findings}
          values={{ body }}
          fieldLabels={{ body: t('question.comments.add') }}
          onRedact={(changes, left) => {
            if (changes['body'] !== undefined) setBody(changes['body']);
            personalData.keep(left);
            if (!left.length) setError(undefined);
          }}
          onEdit={() => {
            personalData.clear();
            formRef.current?.querySelector('textarea')?.focus();
          }}
          onPostAnyway={() => void submit(true)}
          busy={loading}
        />
      ) : null}
      <Button type="submit" variant="secondary" disabled={loading}>
        {t('question.comments.submit')}
      </Button>
    </form>
  );
}
