import { filtersOf, hitPath, searchStateFromParams, searchStateToParams, toggleValue } from './search-state';

describe('search state in the URL', () => {
  it('round-trips text, sort and several values per facet', () => {
    const state = searchStateFromParams(new URLSearchParams('q=evictions&sort=NEWEST&sector=SHELTER&sector=PROT&kind=contribution&bogus=1'));
    expect(state).toEqual({ text: 'evictions', sort: 'NEWEST', selected: { sector: ['SHELTER', 'PROT'], kind: ['contribution'] } });
    expect(searchStateToParams(state).toString()).toBe('q=evictions&sort=NEWEST&kind=contribution&sector=SHELTER&sector=PROT');
    expect(filtersOf(state)).toEqual({ kinds: ['contribution'], sectors: ['SHELTER', 'PROT'] });
  });

  it('falls back to relevance for an unknown sort', () => {
    expect(searchStateFromParams(new URLSearchParams('sort=RANDOM')).sort).toBe('RELEVANCE');
  });

  it('toggles a facet value', () => {
    const state = toggleValue({ text: '', sort: 'RELEVANCE', selected: {} }, 'governorate', 'LB2', true);
    expect(state.selected.governorate).toEqual(['LB2']);
    expect(toggleValue(state, 'governorate', 'LB2', false).selected.governorate).toEqual([]);
  });

  it('links contributions and syntheses to their place on the question page', () => {
    expect(hitPath({ id: 'contribution:c1', kind: 'contribution', questionId: 'q1' })).toBe('/questions/q1#contribution-c1');
    expect(hitPath({ id: 'synthesis:s1', kind: 'synthesis', questionId: 'q1' })).toBe('/questions/q1#synthesis-heading');
    expect(hitPath({ id: 'question:q1', kind: 'question', questionId: 'q1' })).toBe('/questions/q1');
  });
});
