import { compareReadPath } from './read-path-check';

describe('compareReadPath', () => {
  const universe = ['q1', 'q2', 'q3'];

  it('reports an item seen that the role may not see', () => {
    expect(compareReadPath('analyst', 'questions', ['q1', 'q3'], ['q1'], universe, 'noLeak')).toEqual([{ role: 'analyst', path: 'questions', kind: 'LEAK', item: 'q3' }]);
  });

  it('reports missing items only on exact paths, and ignores items from outside the test', () => {
    expect(compareReadPath('lead', 'page', ['q1', 'other'], ['q1', 'q2'], universe, 'exact')).toEqual([{ role: 'lead', path: 'page', kind: 'MISSING', item: 'q2' }]);
    expect(compareReadPath('lead', 'search', ['q1'], ['q1', 'q2'], universe, 'noLeak')).toEqual([]);
  });
});
