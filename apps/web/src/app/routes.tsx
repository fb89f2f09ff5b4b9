import { lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Layout } from './layout';
import { ROUTES } from './paths';


// Each page is its own chunk, so a phone on a weak connection downloads only what it opens.
const HomePage = lazy(() => import('../features/home/home-page').then((m) => ({ default: m.HomePage })));
const SearchPage = lazy(() => import('../features/search/search-page').then((m) => ({ default: m.SearchPage })));
const AskQuestionPage = lazy(() =>
  import('../features/questions/ask-question-page').then((m) => ({ default: m.AskQuestionPage })),
);
const StatusPage = lazy(() => import('../features/status/status-page').then((m) => ({ default: m.StatusPage })));
const NotFoundPage = lazy(() =>
  import('../features/not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path={ROUTES.search} element={<SearchPage />} />
        <Route path={ROUTES.ask} element={<AskQuestionPage />} />
        <Route path={ROUTES.status} element={<StatusPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
