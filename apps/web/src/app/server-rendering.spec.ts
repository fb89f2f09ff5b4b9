import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasSessionHint } from '@hub/domain';
import { pageChunkFiles, readServerState, serialiseServerState, SERVER_RENDERED_PAGES, SERVER_STATE_ELEMENT_ID, serverRenderedPage, serverRenderLanguage } from './server-rendering';

const isServerRendered = (pathname: string) => serverRenderedPage(pathname) !== undefined;

describe('server rendering contract', () => {
  it('renders the landing pages on the server, not the members’ pages', () => {
    expect(['/', '/questions', '/questions/6b083adb34e221559a4070ee', '/search'].map(isServerRendered)).toEqual([true, true, true, true]);
    expect(['/ask', '/dashboard', '/admin/tags', '/questions/abc/print', '/sign-in'].map(isServerRendered)).toEqual([false, false, false, false, false]);
  });

  it('names each page by the module routes.tsx loads (its key in the build manifest)', () => {
    for (const page of SERVER_RENDERED_PAGES) expect(existsSync(join(__dirname, '../..', page.module))).toBe(true);
  });

  it('lists a page chunk and every chunk it imports, once, without the entry', () => {
    const manifest = {
      'index.html': { file: 'assets/index-1.js', imports: ['_ui-1.js'] },
      'src/features/home/home-page.tsx': { file: 'assets/home-page-1.js', imports: ['index.html', '_ui-1.js', '_card-1.js'] },
      '_card-1.js': { file: 'assets/card-1.js', imports: ['_ui-1.js', '_chips-1.js'] },
      '_ui-1.js': { file: 'assets/ui-1.js' },
      '_chips-1.js': { file: 'assets/chips-1.js', imports: ['_card-1.js'] },
    };
    expect(pageChunkFiles(manifest, 'src/features/home/home-page.tsx')).toEqual(['/assets/home-page-1.js', '/assets/ui-1.js', '/assets/card-1.js', '/assets/chips-1.js']);
    expect(pageChunkFiles(manifest, 'src/features/missing.tsx')).toEqual([]);
  });

  it('leaves the page to the browser when the session hint cookie is there', () => {
    expect(hasSessionHint('hub_language=ar; hub_session_hint=1')).toBe(true);
    expect(hasSessionHint('hub_language=ar')).toBe(false);
    expect(hasSessionHint('')).toBe(false);
  });

  it('renders in the remembered language, else the browser’s first supported one by quality', () => {
    expect(serverRenderLanguage('hub_language=fr', 'ar-LB,ar;q=0.9')).toBe('fr');
    expect(serverRenderLanguage('hub_language=de', 'ar-LB,ar;q=0.9')).toBe('ar');
    expect(serverRenderLanguage('', 'de-DE,de;q=0.9,fr;q=0.8,en;q=0.7')).toBe('fr');
    expect(serverRenderLanguage('', 'en;q=0.5, ar;q=0.8')).toBe('ar');
    expect(serverRenderLanguage('', 'ar;q=0, fr')).toBe('fr');
    expect(serverRenderLanguage('', '')).toBe('en');
  });

  it('hands its state over in a script element that no text can close or bend', () => {
    const state = { language: 'ar' as const, apollo: { 'ResearchQuestion:1': { title: '</script><script>alert(1)</script> <!-- \u2028 & done' } } };
    const json = serialiseServerState(state);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    document.body.innerHTML = `<script type="application/json" id="${SERVER_STATE_ELEMENT_ID}">${json}</script>`;
    expect(readServerState(document)).toEqual(state);
  });

  it('ignores a missing or damaged state (the page then renders in the browser)', () => {
    document.body.innerHTML = '';
    expect(readServerState(document)).toBeNull();
    document.body.innerHTML = `<script type="application/json" id="${SERVER_STATE_ELEMENT_ID}">{"language":"xx","apollo":{}}</script>`;
    expect(readServerState(document)).toBeNull();
    document.body.innerHTML = `<script type="application/json" id="${SERVER_STATE_ELEMENT_ID}">{not json</script>`;
    expect(readServerState(document)).toBeNull();
  });
});
