import { fireEvent, screen } from '@testing-library/react';
import { emptyHomePageMock, emptySearchMock, vocabulariesMock } from '../testing/fixtures';
import { renderWithProviders } from '../testing/render-with-providers';
import { App } from './app';

describe('App', () => {
  it('shows the layout and the home page', async () => {
    renderWithProviders(<App />, { mocks: [emptyHomePageMock, vocabulariesMock] });

    expect(screen.getByRole('banner').textContent).toContain('Knowledge Hub');
    expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#main');
    expect(screen.getByRole('main').id).toBe('main');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.textContent).toContain('Ask a question');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Knowledge from the field, where sectors need it' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(await screen.findByText('No question is open right now.')).toBeTruthy();
  });

  it('translates the next page and focuses its heading after an in-app navigation', async () => {
    renderWithProviders(<App />, { language: 'fr', mocks: [emptyHomePageMock, emptySearchMock] });
    await screen.findByRole('heading', { level: 1 });

    fireEvent.click(screen.getByRole('link', { name: 'Rechercher' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Rechercher dans la plateforme' });
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Rechercher dans la plateforme · Plateforme de connaissances');
  });

  it.each([
    ['/ask', 'Sign in'],
    ['/does-not-exist', 'Page not found'],
  ])('renders %s', async (route, heading) => {
    renderWithProviders(<App />, { route });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
  });
});
