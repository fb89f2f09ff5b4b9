import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ROUTER_FUTURE_FLAGS } from '../app/providers';
import { SessionProvider } from '../features/account/session-context';
import { SessionStore, type Viewer } from '../features/account/session-store';
import { createI18n, type Language } from '../i18n';
import { bundledResources } from '../i18n/bundled-resources';

export interface RenderOptions {
  route?: string;
  /** A route pattern such as `/questions/:id`, so the page can read its parameters. */
  path?: string;
  language?: Language;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  /** Signed in as this viewer; anonymous when absent. */
  viewer?: Partial<Viewer>;
}

export interface RenderWithProvidersResult extends RenderResult {
  i18n: I18n;
  session: SessionStore;
}

export function testViewer(overrides: Partial<Viewer> = {}): Viewer {
  return {
    id: 'user-1',
    email: 'lead@example.org',
    displayName: 'Lina Haddad',
    roles: ['CONTRIBUTOR'],
    leadSectors: [],
    sectors: [],
    language: 'en',
    organisationId: 'org-1',
    ...overrides,
  };
}

/** Renders `ui` as the app would: translations, a session, a router at `route` and a mocked GraphQL API. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', path, language = 'en', mocks = [], viewer }: RenderOptions = {},
): RenderWithProvidersResult {
  const i18n = createI18n(language, bundledResources);
  const session = new SessionStore(() => Promise.reject(new Error('no network in unit tests')));
  if (viewer) session.signedIn({ accessToken: 'test-token', viewer: testViewer(viewer) });
  else session.signedOut();
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <SessionProvider store={session} restore={false}>
          <MemoryRouter initialEntries={[route]} future={ROUTER_FUTURE_FLAGS}>
            {path ? (
              <Routes>
                <Route path={path} element={ui} />
                <Route path="*" element={<p>other page</p>} />
              </Routes>
            ) : (
              ui
            )}
          </MemoryRouter>
        </SessionProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n, session };
}
