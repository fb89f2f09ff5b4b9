/**
 * Sensitivity classification of every question, contribution and synthesis (OCHA / IASC data
 * responsibility guidance). Ordered from least to most restricted.
 */
export const SENSITIVITY_LEVELS = ['PUBLIC', 'RESTRICTED', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL'] as const;
export type SensitivityLevel = (typeof SENSITIVITY_LEVELS)[number];

export function sensitivityRank(level: SensitivityLevel): number {
  return SENSITIVITY_LEVELS.indexOf(level);
}

/** The more restricted of two levels: a contribution is never less restricted than its question. */
export function mostRestricted(a: SensitivityLevel, b: SensitivityLevel): SensitivityLevel {
  return sensitivityRank(a) >= sensitivityRank(b) ? a : b;
}
