import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { errorCode } from '../../graphql/errors';
import type { SearchSort } from '../../graphql/generated/graphql';
import { Button, EmptyState, ErrorMessage, HighlightedText, LoadingState, PageHeading, SelectField, formatNumber } from '../../ui';
import { useLanguage } from '../vocabulary';
import { useSession } from '../account/session-context';
import { ExportMenu } from '../exports/export-menu';
import { SEARCH_QUERY } from './graphql/search.operations';
import { SearchBox } from './search-box';
import { SearchFacets } from './search-facets';
import {
  filtersOf,
  hasFilters,
  hitPath,
  SEARCH_SORTS,
  searchStateFromParams,
  searchStateToParams,
  toggleValue,
  type SearchState,
} from './search-state';
import './search-page.css';

const PAGE_SIZE = 20;

export function SearchPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = searchStateFromParams(params);
  const signedIn = useSession().status === 'signedIn';
  const { data, loading, error, fetchMore, refetch } = useQuery(SEARCH_QUERY, {
    variables: { input: { text: state.text, sort: state.sort, filters: filtersOf(state), first: PAGE_SIZE, language } },
    notifyOnNetworkStatusChange: true,
  });
  const results = data?.search;
  const update = (next: SearchState) => setParams(searchStateToParams(next));
  const kindLabels: Record<string, string> = {
    question: t('searchPage.kinds.question'),
    contribution: t('searchPage.kinds.contribution'),
    synthesis: t('searchPage.kinds.synthesis'),
  };
  const sortLabels: Record<SearchSort, string> = {
    RELEVANCE: t('searchPage.sort.RELEVANCE'),
    NEWEST: t('searchPage.sort.NEWEST'),
    MOST_HELPFUL: t('searchPage.sort.MOST_HELPFUL'),
  };

  const loadMore = () =>
    fetchMore({
      variables: {
        input: { text: state.text, sort: state.sort, filters: filtersOf(state), first: PAGE_SIZE, language, after: results?.pageInfo.endCursor },
      },
      updateQuery: (previous, { fetchMoreResult }) => ({
        search: { ...fetchMoreResult.search, hits: [...previous.search.hits, ...fetchMoreResult.search.hits] },
      }),
    });

  return (
    <div className="search-page">
      <PageHeading>{t('search.title')}</PageHeading>
      {/* A new box per query in the URL, so the back button restores its text too. */}
      <SearchBox key={state.text} initialText={state.text} onSearch={(text) => update({ ...state, text })} />
      <div className="search-page__layout">
        <div className="search-page__results">
          <div className="search-page__bar">
            {results ? (
              <p role="status" className="search-page__count">
                {t('searchPage.count', { count: results.totalCount, formatted: formatNumber(results.totalCount, language) })}
              </p>
            ) : null}
            <SelectField
              label={t('searchPage.sortLabel')}
              options={SEARCH_SORTS.map((value) => ({ value, label: sortLabels[value] }))}
              value={state.sort}
              onChange={(event) => update({ ...state, sort: SEARCH_SORTS.find((value) => value === event.target.value) ?? 'RELEVANCE' })}
            />
          </div>
          {signedIn && results && results.totalCount > 0 ? (
            <ExportMenu source={{ search: { text: state.text, filters: filtersOf(state), sort: state.sort } }} />
          ) : null}
          {error && !results ? (
            <ErrorMessage
              title={errorCode(error) === 'RATE_LIMITED' ? t('searchPage.rateLimited') : t('searchPage.error')}
              action={<Button onClick={() => void refetch()}>{t('question.error.retry')}</Button>}
            />
          ) : null}
          {!results && loading ? <LoadingState label={t('searchPage.loading')} /> : null}
          {results && results.hits.length === 0 ? (
            <EmptyState
              title={state.text ? t('searchPage.empty.titleFor', { text: state.text }) : t('searchPage.empty.title')}
              action={
                hasFilters(state) ? (
                  <Button variant="secondary" onClick={() => update({ ...state, selected: {} })}>
                    {t('searchPage.empty.clearFilters')}
                  </Button>
                ) : null
              }
            >
              <ul>
                <li>{t('searchPage.empty.tipSpelling')}</li>
                <li>{t('searchPage.empty.tipLanguage')}</li>
                <li>{t('searchPage.empty.tipFewer')}</li>
              </ul>
            </EmptyState>
          ) : null}
          {results && results.hits.length > 0 ? (
            <ol className="search-page__hits">
              {results.hits.map((hit) => (
                <li key={hit.id} className="search-hit">
                  <span className="search-hit__kind">{kindLabels[hit.kind] ?? hit.kind}</span>
                  <h2 className="search-hit__title">
                    <Link to={hitPath(hit)}>
                      <HighlightedText text={hit.title.text} ranges={hit.title.highlights} />
                    </Link>
                  </h2>
                  {hit.snippet.text ? (
                    <p className="search-hit__snippet" dir="auto">
                      <HighlightedText text={hit.snippet.text} ranges={hit.snippet.highlights} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
          {results?.pageInfo.hasNextPage ? (
            <Button variant="secondary" disabled={loading} onClick={() => void loadMore()}>
              {t('searchPage.loadMore')}
            </Button>
          ) : null}
        </div>
        {/* After the results: on a phone, facets arriving with them do not push the results down. */}
        {results ? <SearchFacets facets={results.facets} state={state} onToggle={(facet, value, on) => update(toggleValue(state, facet, value, on))} /> : null}
      </div>
    </div>
  );
}
