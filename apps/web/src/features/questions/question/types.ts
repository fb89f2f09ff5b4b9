import type { ContributionFieldsFragment, QuestionPageQuery } from '../../../graphql/generated/graphql';

export type QuestionData = QuestionPageQuery['question'];
export type ContributionData = ContributionFieldsFragment;
export type SynthesisData = NonNullable<QuestionData['synthesis']>;

/** Called after the user's own change, so the page shows it at once (not at the next poll). */
export type OnChanged = () => Promise<void>;
