import { LIMITS } from '@hub/domain';
import type { SensitivityLevel } from '../../../graphql/generated/graphql';

export interface QuestionDraft {
  title: string;
  body: string;
  purpose: string;
  assessment: string;
  year: string;
  indicator: string;
  url: string;
  sectors: string[];
  places: string[];
  cohorts: string[];
  tags: string[];
  sensitivity: SensitivityLevel;
  accessSectors: string[];
  accessOrganisations: string[];
  accessUsers: string[];
  opensAt: string;
  closesAt: string;
  publish: boolean;
}

export type QuestionProblem =
  | 'titleRequired'
  | 'titleTooLong'
  | 'bodyRequired'
  | 'bodyTooLong'
  | 'purposeRequired'
  | 'purposeTooLong'
  | 'sectorsRequired'
  | 'yearInvalid'
  | 'urlInvalid'
  | 'closesBeforeOpens'
  | 'accessRequired'
  | 'accessUsersRequired';

export type QuestionProblems = Partial<Record<keyof QuestionDraft, QuestionProblem>>;

export const EMPTY_QUESTION: QuestionDraft = {
  title: '',
  body: '',
  purpose: '',
  assessment: '',
  year: '',
  indicator: '',
  url: '',
  sectors: [],
  places: [],
  cohorts: [],
  tags: [],
  sensitivity: 'RESTRICTED',
  accessSectors: [],
  accessOrganisations: [],
  accessUsers: [],
  opensAt: '',
  closesAt: '',
  publish: true,
};

function required(value: string, max: number, missing: QuestionProblem, tooLong: QuestionProblem): QuestionProblem | undefined {
  if (!value.trim()) return missing;
  return value.length > max ? tooLong : undefined;
}

export function validateQuestion(draft: QuestionDraft): QuestionProblems {
  const problems: QuestionProblems = {
    title: required(draft.title, LIMITS.titleMax, 'titleRequired', 'titleTooLong'),
    body: required(draft.body, LIMITS.bodyMax, 'bodyRequired', 'bodyTooLong'),
    purpose: required(draft.purpose, LIMITS.purposeMax, 'purposeRequired', 'purposeTooLong'),
  };
  if (draft.sectors.length === 0) problems.sectors = 'sectorsRequired';
  if (draft.year && !/^(19[5-9]\d|20\d\d)$/.test(draft.year.trim())) problems.year = 'yearInvalid';
  if (draft.url && !/^https?:\/\/\S+$/.test(draft.url.trim())) problems.url = 'urlInvalid';
  if (draft.opensAt && draft.closesAt && draft.closesAt <= draft.opensAt) problems.closesAt = 'closesBeforeOpens';
  if (draft.sensitivity === 'CONFIDENTIAL' && draft.accessSectors.length + draft.accessOrganisations.length === 0) {
    problems.accessSectors = 'accessRequired';
  }
  if (draft.sensitivity === 'STRICTLY_CONFIDENTIAL' && draft.accessUsers.length === 0) problems.accessUsers = 'accessUsersRequired';
  return Object.fromEntries(Object.entries(problems).filter(([, problem]) => problem !== undefined)) as QuestionProblems;
}
