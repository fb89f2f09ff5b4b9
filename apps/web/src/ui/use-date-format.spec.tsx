import { render, screen } from '@testing-library/react';
import { act, type ReactElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n';
import { bundledResources } from '../i18n/bundled-resources';
import { formatDate, formatDateTime } from './format';
import { renderZoneFor, useDateFormat } from './use-date-format';

// 1:30 on 2 January for a reader in Beirut (UTC+2), still 1 January in UTC.
const NEAR_MIDNIGHT = '2026-01-01T23:30:00Z';
const READER_ZONE = 'Asia/Beirut';

function Dates({ renders }: { renders?: string[] }) {
  const dates = useDateFormat();
  const text = `${dates.formatDate(NEAR_MIDNIGHT)} · ${dates.formatDateTime(NEAR_MIDNIGHT)}`;
  renders?.push(text);
  return <p data-testid="dates">{text}</p>;
}

function inEnglish(ui: ReactElement) {
  const i18n = createI18n('en', bundledResources);
  return { i18n, element: <I18nextProvider i18n={i18n}>{ui}</I18nextProvider> };
}

const localText = () => `${formatDate(NEAR_MIDNIGHT, 'en')} · ${formatDateTime(NEAR_MIDNIGHT, 'en')}`;
const utcText = () => `${formatDate(NEAR_MIDNIGHT, 'en', 'UTC')} · ${formatDateTime(NEAR_MIDNIGHT, 'en', 'UTC')}`;

describe('useDateFormat', () => {
  const SystemDateTimeFormat = Intl.DateTimeFormat;

  // The machine may run in UTC (CI does): give the reader a zone of their own, as Intl's default.
  beforeEach(() => {
    jest.spyOn(Intl, 'DateTimeFormat').mockImplementation((locales, options) => new SystemDateTimeFormat(locales, { timeZone: READER_ZONE, ...options }));
  });

  afterEach(() => jest.restoreAllMocks());

  it('formats in the reader’s zone on a render on the client alone', () => {
    render(inEnglish(<Dates />).element);

    expect(screen.getByTestId('dates').textContent).toBe(localText());
    expect(localText()).toBe('Jan 2, 2026 · Jan 2, 2026, 1:30 AM');
  });

  it('formats in UTC on the server', () => {
    const html = renderToString(inEnglish(<Dates />).element);

    expect(html).toContain(utcText());
    expect(utcText()).toBe('Jan 1, 2026 · Jan 1, 2026, 11:30 PM');
  });

  it('hydrates with the server’s text, then shows the reader’s zone', async () => {
    const consoleError = jest.spyOn(console, 'error');
    const onRecoverableError = jest.fn();
    const container = document.createElement('div');
    container.innerHTML = renderToString(inEnglish(<Dates />).element);
    const renders: string[] = [];

    await act(async () => {
      hydrateRoot(container, inEnglish(<Dates renders={renders} />).element, { onRecoverableError });
    });

    expect(renders[0]).toBe(utcText());
    expect(container.textContent).toBe(localText());
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('treats every name of UTC as the server’s zone, so a reader in UTC is not rendered twice', () => {
    expect(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'].map(renderZoneFor)).toEqual(['UTC', 'UTC', 'UTC', 'UTC']);
    expect(renderZoneFor('Asia/Beirut')).toBe('Asia/Beirut');
    expect(renderZoneFor(undefined)).toBeUndefined();
  });

  it('follows a change of interface language', async () => {
    const { i18n, element } = inEnglish(<Dates />);
    render(element);

    await act(async () => {
      await i18n.changeLanguage('fr');
    });

    expect(screen.getByTestId('dates').textContent).toBe(`${formatDate(NEAR_MIDNIGHT, 'fr')} · ${formatDateTime(NEAR_MIDNIGHT, 'fr')}`);
  });
});
