import { registerEnumType } from '@nestjs/graphql';
import { enumFromValues } from '../common/graphql-enum';
import { CONFIDENCE_LEVELS, EVIDENCE_TYPES, QUESTION_STATUSES, SENSITIVITY_LEVELS } from '@hub/domain';
import { REVIEW_STATES } from './review';

/** GraphQL enums over the shared vocabularies of @hub/domain (one source of truth). */

export const SensitivityLevelEnum = enumFromValues(SENSITIVITY_LEVELS);
registerEnumType(SensitivityLevelEnum, { name: 'SensitivityLevel', description: 'Public, Restricted (members), Confidential (named sectors/organisations), Strictly confidential (named people).' });

export const QuestionStatusEnum = enumFromValues(QUESTION_STATUSES);
registerEnumType(QuestionStatusEnum, { name: 'QuestionStatus' });

export const EvidenceTypeEnum = enumFromValues(EVIDENCE_TYPES);
registerEnumType(EvidenceTypeEnum, { name: 'EvidenceType' });

export const ConfidenceLevelEnum = enumFromValues(CONFIDENCE_LEVELS);
registerEnumType(ConfidenceLevelEnum, { name: 'ConfidenceLevel' });

export const ReviewStateEnum = enumFromValues(REVIEW_STATES);
registerEnumType(ReviewStateEnum, { name: 'ReviewState', description: 'HELD: waiting for a moderator because personal data was detected.' });
