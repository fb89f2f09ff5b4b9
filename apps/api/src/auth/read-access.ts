import type { SensitivityLevel } from '@hub/domain';
import { Actor, isModerator } from './actor';

/**
 * Read access as tokens. Every piece of content stores the tokens that may read it
 * (`readableBy`); a reader holds tokens; content is visible when the two share one. The same
 * tokens filter MongoDB queries (`readableBy: {$in: tokens}`) and both search engines, so lists,
 * counts, search results and facets all agree on what a user may see.
 */
export const PUBLIC_TOKEN = 'public';
export const MEMBERS_TOKEN = 'members';
export const MODERATORS_TOKEN = 'role:moderator';
export const userToken = (userId: string) => `user:${userId}`;
export const organisationToken = (organisationId: string) => `org:${organisationId}`;
export const sectorToken = (sector: string) => `sector:${sector}`;
/** Leads of a sector manage its questions, so they read all of that sector's content. */
export const leadToken = (sector: string) => `lead:${sector}`;

export interface ContentAccess {
  sensitivity: SensitivityLevel;
  /** Confidential: the sectors (codes) and organisations (ids) whose members may read. */
  sectors: string[];
  organisations: string[];
  /** Strictly confidential: the users (ids) who may read. */
  users: string[];
  authorId: string;
  /** The sectors of the question the content belongs to. */
  questionSectors: string[];
  /** Drafts and items held for review are readable only by their author, leads and moderators. */
  restrictedToManagers?: boolean;
}

export function readableBy(access: ContentAccess): string[] {
  const always = [userToken(access.authorId), MODERATORS_TOKEN, ...access.questionSectors.map(leadToken)];
  if (access.restrictedToManagers) return unique(always);
  switch (access.sensitivity) {
    case 'PUBLIC':
      return unique([PUBLIC_TOKEN, ...always]);
    case 'RESTRICTED':
      return unique([MEMBERS_TOKEN, ...always]);
    case 'CONFIDENTIAL':
      return unique([...access.sectors.map(sectorToken), ...access.organisations.map(organisationToken), ...always]);
    case 'STRICTLY_CONFIDENTIAL':
      return unique([...access.users.map(userToken), ...always]);
  }
}

export function readerTokens(actor: Actor | null): string[] {
  if (!actor) return [PUBLIC_TOKEN];
  const tokens = [
    PUBLIC_TOKEN,
    MEMBERS_TOKEN,
    userToken(actor.userId),
    organisationToken(actor.organisationId),
    ...unique([...actor.sectors, ...actor.leadSectors]).map(sectorToken),
  ];
  if (actor.roles.includes('SECTOR_LEAD')) tokens.push(...actor.leadSectors.map(leadToken));
  if (isModerator(actor)) tokens.push(MODERATORS_TOKEN);
  return tokens;
}

export function canRead(actor: Actor | null, contentReadableBy: string[]): boolean {
  const tokens = new Set(readerTokens(actor));
  return contentReadableBy.some((token) => tokens.has(token));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
