import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { QuestionFilterInput, QuestionSort, QuestionStatus } from '../../../graphql/generated/graphql';
import { Button, EmptyState, ErrorMessage, LoadingState, PageHeading, SelectField, formatNumber } from '../../../ui';
import { useLanguage, useVocabularies } from '../../vocabulary';
import { QuestionCard } from '../components/question-card';
import { QUESTIONS_LIST_QUERY } from '../graphql/question-list.operations';
import './questions-page.css';

const PAGE_SIZE = 20;
const STATUSES: readonly QuestionStatus[] = ['OPEN', 'SYNTHESISING', 'CLOSED', 'DRAFT'];
const SORTS: readonly QuestionSort[] = ['NEWEST', 'OLDEST', 'CLOSING_SOON'];

function isStatus(value: string | null): value is QuestionStatus {
  return value !== null && (STATUSES as readonly string[]).includes(value);
}

function isSort(value: string | null): value is QuestionSort {
  return value !== null && (SORTS as readonly string[]).includes(value);
}

/** The filters live in the URL, so a filtered list can be bookmarked and shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const sector = params.get('sector') ?? '';
  const place = params.get('place') ?? '';
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : '';
  const sortParam = params.get('sort');
  const sort: QuestionSort = isSort(sortParam) ? sortParam : 'NEWEST';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const filter: QuestionFilterInput = {
    ...(sector ? { sectors: [sector] } : {}),
    ...(place ? { place } : {}),
    ...(status ? { statuses: [status] } : {}),
  };
  return { sector, place, status, sort, filter, set };
}

export function QuestionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const vocabularies = useVocabularies();
  const { sector, place, status, sort, filter, set } = useFilters();
  const { data, loading, error, fetchMore, refetch } = useQuery(QUESTIONS_LIST_QUERY, {
    variables: { filter, sort, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.questions;

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        questions: {
          ...fetchMoreResult.questions,
          edges: [...previous.questions.edges, ...fetchMoreResult.questions.edges],
        },
      }),
    });

  const statusLabels: Record<QuestionStatus, string> = {
    DRAFT: t('questionStatus.DRAFT'),
    OPEN: t('questionStatus.OPEN'),
    SYNTHESISING: t('questionStatus.SYNTHESISING'),
    CLOSED: t('questionStatus.CLOSED'),
  };
  const sortLabels: Record<QuestionSort, string> = {
    NEWEST: t('questions.sort.NEWEST'),
    OLDEST: t('questions.sort.OLDEST'),
    CLOSING_SOON: t('questions.sort.CLOSING_SOON'),
  };

  return (
    <div className="questions-page">
      <PageHeading>{t('questions.title')}</PageHeading>
      <form className="questions-page__filters" role="search" aria-label={t('questions.filters')} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          label={t('questions.sector')}
          placeholder={t('questions.any')}
          options={vocabularies.sectorOptions}
          value={sector}
          onChange={(event) => set('sector', event.target.value)}
        />
        <SelectField
          label={t('questions.status')}
          placeholder={t('questions.any')}
          options={STATUSES.map((value) => ({ value, label: statusLabels[value] }))}
          value={status}
          onChange={(event) => set('status', event.target.value)}
        />
        <SelectField
          label={t('questions.place')}
          placeholder={t('questions.any')}
          options={vocabularies.placeOptions}
          value={place}
          onChange={(event) => set('place', event.target.value)}
        />
        <SelectField
          label={t('questions.sortLabel')}
          options={SORTS.map((value) => ({ value, label: sortLabels[value] }))}
          value={sort}
          onChange={(event) => set('sort', event.target.value === 'NEWEST' ? '' : event.target.value)}
        />
      </form>
      {error && !connection ? (
        <ErrorMessage title={t('questions.error')} action={<Button onClick={() => void refetch()}>{t('question.error.retry')}</Button>} />
      ) : null}
      {!connection && loading ? <LoadingState label={t('questions.loading')} /> : null}
      {connection ? (
        <>
          <p role="status">{t('questions.count', { count: connection.totalCount, formatted: formatNumber(connection.totalCount, language) })}</p>
          {connection.edges.length === 0 ? (
            <EmptyState title={t('questions.emptyTitle')}>
              <p>{t('questions.emptyBody')}</p>
            </EmptyState>
          ) : (
            <ul className="questions-page__list">
              {connection.edges.map((edge) => (
                <li key={edge.node.id}>
                  <QuestionCard question={edge.node} headingLevel={2} />
                </li>
              ))}
            </ul>
          )}
          {connection.pageInfo.hasNextPage ? (
            <Button variant="secondary" disabled={loading} onClick={() => void loadMore()}>
              {loading ? t('questions.loadingMore') : t('questions.loadMore')}
            </Button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
