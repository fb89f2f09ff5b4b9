import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../testing/render-with-providers';
import { STATUS_PAGE_QUERY } from './graphql/status-page.query';
import { StatusPage } from './status-page';

interface Dependency {
  ok: boolean;
  detail: string | null;
}

function statusMock(database: Dependency, search: Dependency): MockLink.MockedResponse {
  return {
    request: { query: STATUS_PAGE_QUERY },
    result: {
      data: {
        status: {
          __typename: 'ApiStatus',
          version: '0.1.0',
          ready: database.ok && search.ok,
          database: { __typename: 'DependencyStatus', ...database },
          search: { __typename: 'DependencyStatus', ...search },
        },
      },
    },
  };
}

async function row(testId: string): Promise<HTMLElement> {
  return screen.findByTestId(testId);
}

describe('StatusPage', () => {
  it('shows a loading state, then every service as OK with the API version', async () => {
    renderWithProviders(<StatusPage />, {
      mocks: [statusMock({ ok: true, detail: null }, { ok: true, detail: 'meilisearch' })],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Service status' })).toBeTruthy();
    expect(screen.getByText('Checking the services…')).toBeTruthy();

    const api = await row('status-api');
    expect(api.textContent).toContain('OK');
    expect(api.textContent).toContain('Version 0.1.0');
    expect((await row('status-database')).textContent).toContain('OK');
    const search = await row('status-search');
    expect(search.textContent).toContain('OK');
    expect(within(search).getByText('meilisearch')).toBeTruthy();
    expect(screen.getByText('All services are working.')).toBeTruthy();
  });

  it('shows an unavailable dependency with its detail', async () => {
    renderWithProviders(<StatusPage />, {
      mocks: [statusMock({ ok: false, detail: 'connection refused' }, { ok: true, detail: null })],
    });

    const database = await row('status-database');
    expect(database.textContent).toContain('Unavailable');
    expect(within(database).getByText('connection refused')).toBeTruthy();
    expect((await row('status-api')).textContent).toContain('OK');
    expect((await row('status-search')).textContent).toContain('OK');
    expect(screen.getByText('Some services are unavailable. Parts of the hub may not work.')).toBeTruthy();
  });

  it('marks the API unavailable with the error when the request fails', async () => {
    renderWithProviders(<StatusPage />, {
      mocks: [{ request: { query: STATUS_PAGE_QUERY }, error: new Error('Failed to fetch') }],
    });

    const api = await row('status-api');
    expect(api.textContent).toContain('Unavailable');
    expect(api.textContent).toContain('Failed to fetch');
    expect((await row('status-database')).textContent).toContain('Unknown');
    expect(await row('status-search')).toBeTruthy();
  });

  it('translates the badges', async () => {
    renderWithProviders(<StatusPage />, {
      language: 'ar',
      mocks: [statusMock({ ok: true, detail: null }, { ok: false, detail: null })],
    });

    expect((await row('status-api')).textContent).toContain('تعمل');
    expect((await row('status-search')).textContent).toContain('غير متاحة');
  });
});
