import type { LocalisedNames } from './vocabularies.types';

/** `$set` entries for the names an edit changes, leaving the other languages as they are. */
export function namesPatch(names: Partial<LocalisedNames> | undefined): Record<string, string> {
  const set: Record<string, string> = {};
  for (const [language, name] of Object.entries(names ?? {})) if (name !== undefined) set[`names.${language}`] = name;
  return set;
}

export function plainNames(names: LocalisedNames): LocalisedNames {
  return { en: names.en, ar: names.ar, fr: names.fr };
}

/** Applies an edit's names; languages it leaves out (or sends as undefined) keep their name. */
export function mergeNames(current: LocalisedNames, patch: Partial<LocalisedNames> | undefined): LocalisedNames {
  return { en: patch?.en ?? current.en, ar: patch?.ar ?? current.ar, fr: patch?.fr ?? current.fr };
}
