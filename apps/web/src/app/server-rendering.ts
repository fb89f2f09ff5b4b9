import type { NormalizedCacheObject } from '@apollo/client';
import { matchPath } from 'react-router-dom';
import { isLanguage, languageInCookie, preferredBrowserLanguage, type Language } from '../i18n/i18n';
import { ROUTES } from './paths';

/**
 * Server rendering of the pages people land on from a link (the home, a question, a search): an
 * anonymous visitor on a slow phone reads the page before any script has run, and the scripts then
 * take over the same markup (hydration). Members' pages depend on their session, which only the
 * browser holds (in memory): they render in the browser as before.
 *
 * This module is the contract between the server entry (entry-server.tsx, run by the API) and the
 * browser entry (main.tsx): which pages, how the state travels, and the language both render in.
 */
export const SERVER_RENDERED_PAGES: readonly { route: string; module: string }[] = [
  // Each page's module as routes.tsx loads it (the key of its chunk in Vite's build manifest).
  { route: ROUTES.home, module: 'src/features/home/home-page.tsx' },
  { route: ROUTES.question, module: 'src/features/questions/question/question-page.tsx' },
  { route: ROUTES.questions, module: 'src/features/questions/list/questions-page.tsx' },
  { route: ROUTES.search, module: 'src/features/search/search-page.tsx' },
];

/** The server-rendered page at this path, if any. */
export function serverRenderedPage(pathname: string): { route: string; module: string } | undefined {
  return SERVER_RENDERED_PAGES.find((page) => matchPath(page.route, pathname) !== null);
}

/** The part of Vite's build manifest (`build.manifest`) read here: each chunk's file and static imports. */
export type BuildManifest = Readonly<Record<string, { file: string; imports?: readonly string[] }>>;

/**
 * The files of a page's chunk and of every chunk it imports, as paths to preload. Named in the
 * rendered page, they download beside the entry script instead of after it has run, and the
 * page's lazy import finds them already there.
 */
export function pageChunkFiles(manifest: BuildManifest, module: string): string[] {
  const files: string[] = [];
  const seen = new Set<string>(['index.html']);
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) return;
    files.push(`/${chunk.file}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(module);
  return files;
}

/** What the server hands the browser beside the markup: the language it rendered in and Apollo's cache. */
export interface ServerRenderState {
  language: Language;
  apollo: NormalizedCacheObject;
}

/**
 * A `<script type="application/json">` block: data the browser never executes, so the content
 * security policy (scripts from 'self' only) needs no exception for it.
 */
export const SERVER_STATE_ELEMENT_ID = 'hub-server-state';

/** JSON safe inside a script element: no `</script>`, `<!--` or line separators can end or bend it. */
export function serialiseServerState(state: ServerRenderState): string {
  return JSON.stringify(state).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The server's state in this page, if the server rendered it (and the markup is there to hydrate). */
export function readServerState(document: Document): ServerRenderState | null {
  const element = document.getElementById(SERVER_STATE_ELEMENT_ID);
  if (!element?.textContent) return null;
  try {
    const state = JSON.parse(element.textContent) as Partial<ServerRenderState>;
    return isLanguage(state.language) && typeof state.apollo === 'object' && state.apollo !== null ? (state as ServerRenderState) : null;
  } catch {
    return null;
  }
}

/** The tags of an Accept-Language header, best first (by quality, then order); those refused (q=0) left out. */
function acceptedLanguageTags(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(',')
    .map((entry, index) => {
      const [tag, ...parameters] = entry.trim().split(';');
      const quality = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((preference) => preference.tag && preference.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((preference) => preference.tag);
}

/**
 * The language the server renders in: the reader's remembered choice (the browser copies it into a
 * cookie), else the first supported language the browser asks for, as the browser itself would pick.
 */
export function serverRenderLanguage(cookieHeader: string, acceptLanguage: string): Language {
  return languageInCookie(cookieHeader) ?? preferredBrowserLanguage(acceptedLanguageTags(acceptLanguage));
}
