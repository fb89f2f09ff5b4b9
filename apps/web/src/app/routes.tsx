import { lazy } from 'react';
import { matchPath, Route, Routes } from 'react-router-dom';
import { RequireSession } from '../features/account/require-session';
import { Layout } from './layout';
import { ROUTES } from './paths';

// Each page is its own chunk, so a phone on a weak connection downloads only what it opens.
// The pages a first visit usually lands on, loadable ahead of the first render (see preloadPage).
const loadHome = () => import('../features/home/home-page');
const loadSearch = () => import('../features/search/search-page');
const loadQuestion = () => import('../features/questions/question/question-page');
const loadQuestions = () => import('../features/questions/list/questions-page');

const HomePage = lazy(() => loadHome().then((m) => ({ default: m.HomePage })));
const SearchPage = lazy(() => loadSearch().then((m) => ({ default: m.SearchPage })));
const AskQuestionPage = lazy(() =>
  import('../features/questions/ask/ask-question-page').then((m) => ({ default: m.AskQuestionPage })),
);
const QuestionPage = lazy(() => loadQuestion().then((m) => ({ default: m.QuestionPage })));
const QuestionsPage = lazy(() => loadQuestions().then((m) => ({ default: m.QuestionsPage })));
const QuestionPrintPage = lazy(() =>
  import('../features/questions/print/question-print-page').then((m) => ({ default: m.QuestionPrintPage })),
);
const DashboardPage = lazy(() => import('../features/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const SignInPage = lazy(() => import('../features/account/sign-in-page').then((m) => ({ default: m.SignInPage })));
const ForgotPasswordPage = lazy(() =>
  import('../features/account/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/account/reset-password-page').then((m) => ({ default: m.ResetPasswordPage })),
);
const InvitationPage = lazy(() =>
  import('../features/account/invitation-page').then((m) => ({ default: m.InvitationPage })),
);
const ProfilePage = lazy(() => import('../features/profile/profile-page').then((m) => ({ default: m.ProfilePage })));
const OrganisationPage = lazy(() =>
  import('../features/organisation/organisation-page').then((m) => ({ default: m.OrganisationPage })),
);
const AdminArea = lazy(() => import('../features/admin/admin-area').then((m) => ({ default: m.AdminArea })));
const NotificationsPage = lazy(() =>
  import('../features/notifications/notifications-page').then((m) => ({ default: m.NotificationsPage })),
);
const NotificationSettingsPage = lazy(() =>
  import('../features/notifications/notification-settings-page').then((m) => ({ default: m.NotificationSettingsPage })),
);
const ModerationPage = lazy(() => import('../features/moderation/moderation-page').then((m) => ({ default: m.ModerationPage })));
const StatusPage = lazy(() => import('../features/status/status-page').then((m) => ({ default: m.StatusPage })));
const NotFoundPage = lazy(() =>
  import('../features/not-found/not-found-page').then((m) => ({ default: m.NotFoundPage })),
);

/** Starts downloading the landing page's chunk while the language and the session are still loading. */
export function preloadPage(pathname: string): Promise<unknown> | undefined {
  const load =
    pathname === ROUTES.home ? loadHome : pathname === ROUTES.search ? loadSearch : pathname === ROUTES.questions ? loadQuestions : matchPath(ROUTES.question, pathname) ? loadQuestion : undefined;
  // A failed download is the page's to show (its boundary offers a reload).
  return load?.().catch(() => undefined);
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path={ROUTES.search} element={<SearchPage />} />
        <Route
          path={ROUTES.ask}
          element={
            <RequireSession>
              <AskQuestionPage />
            </RequireSession>
          }
        />
        <Route path={ROUTES.questions} element={<QuestionsPage />} />
        <Route path={ROUTES.question} element={<QuestionPage />} />
        <Route path={ROUTES.questionPrint} element={<QuestionPrintPage />} />
        <Route
          path={ROUTES.dashboard}
          element={
            <RequireSession>
              <DashboardPage />
            </RequireSession>
          }
        />
        <Route path={ROUTES.signIn} element={<SignInPage />} />
        <Route path={ROUTES.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={ROUTES.resetPassword} element={<ResetPasswordPage />} />
        <Route path={ROUTES.invitation} element={<InvitationPage />} />
        <Route
          path={ROUTES.notifications}
          element={
            <RequireSession>
              <NotificationsPage />
            </RequireSession>
          }
        />
        <Route
          path={ROUTES.notificationSettings}
          element={
            <RequireSession>
              <NotificationSettingsPage />
            </RequireSession>
          }
        />
        <Route path={ROUTES.status} element={<StatusPage />} />
        <Route
          path={ROUTES.moderation}
          element={
            <RequireSession>
              <ModerationPage />
            </RequireSession>
          }
        />
        <Route
          path={ROUTES.profile}
          element={
            <RequireSession>
              <ProfilePage />
            </RequireSession>
          }
        />
        <Route
          path={ROUTES.organisation}
          element={
            <RequireSession>
              <OrganisationPage />
            </RequireSession>
          }
        />
        <Route
          path={`${ROUTES.admin}/*`}
          element={
            <RequireSession>
              <AdminArea />
            </RequireSession>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
