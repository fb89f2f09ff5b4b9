import { tokenize } from './tokenizer';

/** A synonym group member as canonical terms ("child labour" → ["child", "labour"]). */
export type TermSequence = string[];

/** Synonym groups in canonical form, looked up by their first term. */
export class SynonymTable {
  private readonly byFirstTerm = new Map<string, Array<{ terms: TermSequence; group: number }>>();
  private readonly groups: TermSequence[][] = [];

  constructor(groups: string[][] = []) {
    for (const group of groups) {
      const members = dedupe(group.map((member) => tokenize(member).map((token) => token.term)).filter((terms) => terms.length > 0));
      if (members.length < 2) continue;
      const groupIndex = this.groups.push(members) - 1;
      for (const terms of members) {
        const list = this.byFirstTerm.get(terms[0]) ?? [];
        list.push({ terms, group: groupIndex });
        // Longest members first, so "child labour" wins over a one-word member "child".
        list.sort((a, b) => b.terms.length - a.terms.length);
        this.byFirstTerm.set(terms[0], list);
      }
    }
  }

  /** The longest member starting at `terms[at]`, with the other members of its group. */
  match(terms: string[], at: number): { length: number; alternatives: TermSequence[] } | null {
    for (const candidate of this.byFirstTerm.get(terms[at]) ?? []) {
      const length = candidate.terms.length;
      if (at + length > terms.length) continue;
      if (candidate.terms.every((term, offset) => terms[at + offset] === term)) {
        const alternatives = this.groups[candidate.group].filter((member) => member !== candidate.terms);
        return { length, alternatives };
      }
    }
    return null;
  }

  /** Every group in canonical form (what the Meilisearch adapter sends as settings). */
  canonicalGroups(): string[][] {
    return this.groups.map((members) => members.map((terms) => terms.join(' ')));
  }
}

function dedupe(members: TermSequence[]): TermSequence[] {
  const seen = new Set<string>();
  return members.filter((terms) => {
    const key = terms.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
