import { tokenize, allowedTypos } from '../analysis/tokenizer';
import { SynonymTable } from '../analysis/synonyms';

/** One query word and how loosely it may match. */
export interface QueryWord {
  term: string;
  prefix: boolean;
  typos: boolean;
  /** Multiplies the word's score (synonym alternatives count a little less than the typed words). */
  boost: number;
}

/** Words that must all match (one way of saying what the user typed). */
export type Alternative = QueryWord[];

/** One part of the query: any of its alternatives may match. */
export type Clause = Alternative[];

/**
 * Turns query text into clauses: every word is a clause of its own, except runs of words that
 * form a synonym group member, which become one clause with every member of the group as
 * alternatives. The last word is a prefix (search as you type).
 */
export function planQuery(text: string, synonyms: SynonymTable, options: { prefixLast: boolean }): Clause[] {
  const terms = tokenize(text).map((token) => token.term);
  const clauses: Clause[] = [];
  let at = 0;
  while (at < terms.length) {
    const synonym = synonyms.match(terms, at);
    const length = synonym?.length ?? 1;
    const typed: Alternative = terms.slice(at, at + length).map((term, offset) => ({
      term,
      prefix: options.prefixLast && at + offset === terms.length - 1,
      typos: allowedTypos(term) > 0,
      boost: 1,
    }));
    const others: Alternative[] = (synonym?.alternatives ?? []).map((member) =>
      member.map((term) => ({ term, prefix: false, typos: false, boost: 0.9 })),
    );
    clauses.push([typed, ...others]);
    at += length;
  }
  return clauses;
}
