import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../testing/render-with-providers';
import { bundledResources } from './bundled-resources';
import { createI18n, detectLanguage, holdLanguageChangesUntil, LANGUAGE_STORAGE_KEY, storedLanguage } from './i18n';
import { LanguageSwitcher } from './language-switcher';

function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe('LanguageSwitcher', () => {
  beforeEach(() => localStorage.clear());

  it('switches to Arabic right to left, and remembers the choice', async () => {
    renderWithProviders(<LanguageSwitcher />);
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en');

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ar' } });

    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
    expect(screen.getByLabelText('اللغة')).toBeTruthy();
  });

  it('waits to switch until a server-rendered page is taken over (then switches)', async () => {
    let takenOver: () => void = () => undefined;
    holdLanguageChangesUntil(new Promise<void>((resolve) => (takenOver = resolve)));
    try {
      renderWithProviders(<LanguageSwitcher />);
      fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ar' } });
      // Remembered at once; shown only once the page is React's.
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ar');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(document.documentElement.lang).toBe('en');
      takenOver();
      await waitFor(() => expect(document.documentElement.lang).toBe('ar'));
    } finally {
      holdLanguageChangesUntil(Promise.resolve());
    }
  });

  it('goes back to left to right for French', async () => {
    renderWithProviders(<LanguageSwitcher />, { language: 'ar' });
    expect(document.documentElement.dir).toBe('rtl');

    fireEvent.change(screen.getByLabelText('اللغة'), { target: { value: 'fr' } });

    await waitFor(() => expect(document.documentElement.dir).toBe('ltr'));
    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
  });

  it('names each language in itself', () => {
    renderWithProviders(<LanguageSwitcher />, { language: 'fr' });
    const options = screen.getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['English', 'العربية', 'Français']);
  });
});

describe('detectLanguage', () => {
  it('prefers the stored choice', () => {
    expect(detectLanguage({ cookie: '', storage: () => memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'fr' }), browserLanguages: ['ar-LB'] })).toBe('fr');
  });

  it('reads the choice from its cookie first, without opening localStorage', () => {
    const storage = jest.fn(() => memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'fr' }));
    expect(detectLanguage({ cookie: 'other=1; hub_language=ar', storage, browserLanguages: ['en'] })).toBe('ar');
    expect(storage).not.toHaveBeenCalled();
    expect(storedLanguage({ cookie: 'hub_language=xx', storage })).toBe('fr');
  });

  it('ignores a stored value that is not a supported language', () => {
    expect(detectLanguage({ cookie: '', storage: () => memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'de' }), browserLanguages: ['ar'] })).toBe('ar');
  });

  it("follows the browser's first supported language", () => {
    expect(detectLanguage({ cookie: '', storage: () => memoryStorage(), browserLanguages: ['de-DE', 'fr-LB', 'en'] })).toBe('fr');
    expect(detectLanguage({ cookie: '', storage: () => memoryStorage(), browserLanguages: ['ar-LB'] })).toBe('ar');
  });

  it('falls back to English', () => {
    expect(detectLanguage({ cookie: '', storage: () => memoryStorage(), browserLanguages: ['de-DE'] })).toBe('en');
    expect(detectLanguage({ cookie: '', storage: () => undefined, browserLanguages: [] })).toBe('en');
  });

  it('sets the document language when the instance starts', () => {
    createI18n('ar', bundledResources);
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });
});
