import { sensitivityRank } from '@hub/domain';
import { ContentAccess, readableBy } from '../auth/read-access';
import { heldReadableBy, isWithheld, type ReviewState } from '../content/review';
import type { ResearchQuestion } from '../questions/questions.types';

/**
 * A contribution is never less restricted than its question: the stricter of the two labels
 * decides who reads it. At the same level, the question's named sectors, organisations or people
 * apply (a contribution narrows further by choosing a stricter level).
 */
export function contributionReadableBy(
  question: Pick<ResearchQuestion, 'sensitivity' | 'accessSectors' | 'accessOrganisations' | 'accessUsers' | 'sectors'> & { review?: ReviewState | null },
  own: Pick<ContentAccess, 'sensitivity' | 'sectors' | 'organisations' | 'users' | 'authorId'>,
): string[] {
  // A question held for review hides its contributions too (their authors still read their own).
  if (isWithheld(question.review)) return heldReadableBy(own.authorId);
  const ownIsStricter = sensitivityRank(own.sensitivity) > sensitivityRank(question.sensitivity);
  const access: ContentAccess = ownIsStricter
    ? { ...own, questionSectors: question.sectors }
    : {
        sensitivity: question.sensitivity,
        sectors: question.accessSectors,
        organisations: question.accessOrganisations,
        users: question.accessUsers,
        authorId: own.authorId,
        questionSectors: question.sectors,
      };
  return readableBy(access);
}

/** The label a contribution effectively carries. */
export function effectiveSensitivity(question: Pick<ResearchQuestion, 'sensitivity'>, own: Pick<ContentAccess, 'sensitivity'>) {
  return sensitivityRank(own.sensitivity) > sensitivityRank(question.sensitivity) ? own.sensitivity : question.sensitivity;
}
