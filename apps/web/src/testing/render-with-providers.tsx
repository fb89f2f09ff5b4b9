import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router-dom';
import { ROUTER_FUTURE_FLAGS } from '../app/providers';
import { createI18n, type Language } from '../i18n';

export interface RenderOptions {
  route?: string;
  language?: Language;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
}

export interface RenderWithProvidersResult extends RenderResult {
  i18n: I18n;
}

/** Renders `ui` as the app would: translations, a router at `route` and a mocked GraphQL API. */
export function renderWithProviders(
  ui: ReactElement,
  { route = '/', language = 'en', mocks = [] }: RenderOptions = {},
): RenderWithProvidersResult {
  const i18n = createI18n(language);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MockedProvider mocks={mocks}>
        <MemoryRouter initialEntries={[route]} future={ROUTER_FUTURE_FLAGS}>
          {ui}
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
