/** Input size limits, enforced by the API and mirrored by the web forms. */
export const LIMITS = {
  titleMax: 200,
  bodyMax: 20_000,
  purposeMax: 2_000,
  commentMax: 4_000,
  nameMax: 120,
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 256,
  tagsMax: 20,
  tagMax: 60,
  listItemsMax: 50,
  pageSizeMax: 100,
  urlMax: 2_000,
} as const;
