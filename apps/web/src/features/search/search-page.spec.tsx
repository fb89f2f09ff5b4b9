import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render-with-providers';
import { noSuggestionsMock, vocabulariesMock } from '../../testing/fixtures';
import { SEARCH_QUERY } from './graphql/search.operations';
import { SearchPage } from './search-page';

function results(hits: unknown[], facets: unknown[] = []) {
  return { __typename: 'SearchResultsModel', totalCount: hits.length, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, facets, hits };
}

function text(value: string, highlights: Array<[number, number]> = []) {
  return {
    __typename: 'HighlightedTextModel',
    text: value,
    highlights: highlights.map(([start, end]) => ({ __typename: 'HighlightRange', start, end })),
  };
}

function searchMock(input: Record<string, unknown>, data: ReturnType<typeof results>) {
  return {
    request: { query: SEARCH_QUERY, variables: { input: { sort: 'RELEVANCE', filters: {}, first: 20, language: 'en', ...input } } },
    result: { data: { search: data } },
  };
}

describe('SearchPage', () => {
  it('reads the query from the URL, marks highlights as text and shows small counts as "fewer than 5"', async () => {
    const hit = {
      __typename: 'SearchHitModel',
      id: 'contribution:c1',
      kind: 'contribution',
      questionId: 'q1',
      title: text('Why are evictions rising?', [[8, 17]]),
      snippet: text('<b>Evictions</b> follow arrears', [[3, 12]]),
    };
    const facets = [
      {
        __typename: 'FacetModel',
        facet: 'governorate',
        values: [{ __typename: 'FacetValueModel', value: 'LB2', label: 'Bekaa', count: null, lessThan: 5 }],
      },
    ];
    renderWithProviders(<SearchPage />, { route: '/search?q=evictions', mocks: [searchMock({ text: 'evictions' }, results([hit], facets)), vocabulariesMock, noSuggestionsMock] });
    const link = await screen.findByRole('link', { name: 'Why are evictions rising?' });
    expect(link.getAttribute('href')).toBe('/questions/q1#contribution-c1');
    expect(link.querySelector('mark')?.textContent).toBe('evictions');
    expect(screen.getByText(/follow arrears/).closest('p')?.querySelector('b')).toBeNull();
    const governorates = screen.getByRole('group', { name: 'Governorate' });
    expect(within(governorates).getByLabelText(/Bekaa/).closest('div')?.textContent).toContain('fewer than 5');
    expect((screen.getByLabelText('Search for') as HTMLInputElement).value).toBe('evictions');
  });

  it('helps when nothing is found', async () => {
    renderWithProviders(<SearchPage />, {
      route: '/search?q=zzz&sector=SHELTER',
      mocks: [searchMock({ text: 'zzz', filters: { sectors: ['SHELTER'] } }, results([])), searchMock({ text: 'zzz' }, results([])), vocabulariesMock, noSuggestionsMock],
    });
    expect(await screen.findByRole('heading', { name: 'Nothing found for “zzz”' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    // The same words searched again without the filters: still nothing, and nothing left to clear.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Clear the filters' })).toBeNull());
    expect(await screen.findByRole('heading', { name: 'Nothing found for “zzz”' })).toBeTruthy();
  });
});
