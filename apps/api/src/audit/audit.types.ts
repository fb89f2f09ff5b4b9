/** What the audit log records (DOMAIN.md, data responsibility: who changed, viewed or exported what, and when). */
export const AUDIT_ACTIONS = [
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'ROLES_CHANGED',
  'MEMBER_DEACTIVATED',
  'MEMBER_REACTIVATED',
  'MEMBER_INVITED',
  'INVITATION_REVOKED',
  'SENSITIVITY_CHANGED',
  'SECTOR_DEFAULT_SENSITIVITY_CHANGED',
  'CONFIDENTIAL_READ',
  'EXPORT',
  'USER_ERASED',
  'CONTENT_EXPIRED',
  'MODERATION_DECISION',
  'PASSWORD_CHANGED',
  'SIGNED_OUT_EVERYWHERE',
  'PERSONAL_DATA_PATTERN_CHANGED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGET_TYPES = ['USER', 'ORGANISATION', 'INVITATION', 'QUESTION', 'CONTRIBUTION', 'SECTOR', 'AUDIT_LOG', 'PERSONAL_DATA', 'PERSONAL_DATA_PATTERN', 'COMMENT', 'SYNTHESIS', 'SEARCH_RESULTS'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

/** Details are codes, ids and labels only: never names, e-mails, content or secrets. */
export type AuditDetails = Record<string, string | number | boolean | null | string[]>;

export interface NewAuditEntry {
  /** Null when nobody is signed in (a failed sign-in) or the system acted (the retention job). */
  actorId: string | null;
  action: AuditAction;
  targetType: AuditTargetType | null;
  targetId: string | null;
  details?: AuditDetails;
}

export interface AuditEntry extends Required<NewAuditEntry> {
  id: string;
  at: Date;
}

export interface AuditFilter {
  actions?: AuditAction[];
  actorId?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}
