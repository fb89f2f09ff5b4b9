import { TermDictionary } from './term-dictionary';

const WORDS = ['residency', 'residence', 'resident', 'presidency', 'evictions', 'eviction', 'enrolment', 'enrollment', 'hospital', 'hospitals', 'rents', 'renters'];
const LATER = ['residencies', 'residnecy', 'rezidency', 'residncy', 'hospitel', 'enrolmant', 'evicions', 'zahle'];

function dictionaryOf(words: string[]): TermDictionary {
  const dictionary = new TermDictionary();
  for (const word of words) dictionary.intern(word);
  return dictionary;
}

const LOOKUPS: Array<[string, number, boolean]> = [
  ['residncy', 1, false],
  ['resid', 1, true],
  ['enrollmant', 2, false],
  ['hospitl', 1, false],
  ['evcitions', 2, true],
];

describe('TermDictionary typo candidates', () => {
  it('answers a repeated lookup as the first time', () => {
    const dictionary = dictionaryOf(WORDS);
    for (const [query, typos, prefix] of LOOKUPS) {
      const first = dictionary.typoCandidates(query, typos, prefix);
      expect(first.length).toBeGreaterThan(0);
      expect(dictionary.typoCandidates(query, typos, prefix)).toEqual(first);
    }
  });

  it('finds terms interned after a lookup, in the order a fresh dictionary gives', () => {
    const dictionary = dictionaryOf(WORDS);
    const before = LOOKUPS.map(([query, typos, prefix]) => dictionary.typoCandidates(query, typos, prefix));
    for (const word of LATER) dictionary.intern(word);
    const fresh = dictionaryOf([...WORDS, ...LATER]);
    LOOKUPS.forEach(([query, typos, prefix], i) => {
      const after = dictionary.typoCandidates(query, typos, prefix);
      expect(after).toEqual(fresh.typoCandidates(query, typos, prefix));
      expect(after.length).toBeGreaterThanOrEqual(before[i].length);
    });
    // The new spellings are among the candidates, with their ids.
    expect(dictionary.typoCandidates('residncy', 1, false).map((c) => c.termId)).toContain(dictionary.id('residnecy'));
  });

  it('does not hand out its memo: a caller sorting the answer changes nothing', () => {
    const dictionary = dictionaryOf(WORDS);
    const first = dictionary.typoCandidates('resid', 1, true);
    const expected = first.map((candidate) => ({ ...candidate }));
    first.reverse().splice(0, 1);
    expect(dictionary.typoCandidates('resid', 1, true)).toEqual(expected);
  });
});
