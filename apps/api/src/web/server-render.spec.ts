import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServerRender } from './server-render';

/**
 * The API's side of server rendering, over a stand-in for the web app's render entry (the real one
 * runs in the browser tests, server-render.e2e.ts): what it is given, and that every way a render
 * can go wrong ends with the page rendered in the browser instead.
 */
const TEMPLATE = '<!doctype html><html lang="en"><body><div id="root"></div></body></html>';
const ENTRY = `
exports.renderPage = async (request) => {
  if (request.url.startsWith('/throws')) throw new Error('render failed');
  if (request.url.startsWith('/declines')) return null;
  if (request.url.startsWith('/hangs')) {
    globalThis.hangingRenders = (globalThis.hangingRenders ?? 0) + 1;
    return new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => {
      globalThis.hangingRenders -= 1;
      reject(request.signal.reason);
    }));
  }
  const seen = { url: request.url, graphqlUrl: request.graphqlUrl, acceptLanguage: request.acceptLanguage, cookie: request.cookie, manifest: request.manifest };
  return request.template.replace('<div id="root"></div>', () => '<div id="root">' + JSON.stringify(seen) + '</div>');
};
`;

describe('server render (the API side)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-server-render-'));
  const webRoot = join(dir, 'web');
  let server: Server;
  let base = '';

  beforeAll(async () => {
    mkdirSync(join(webRoot, '.vite'), { recursive: true });
    mkdirSync(join(dir, 'web-server'));
    writeFileSync(join(webRoot, 'index.html'), TEMPLATE);
    writeFileSync(join(webRoot, '.vite', 'manifest.json'), JSON.stringify({ 'index.html': { file: 'assets/index-1.js' } }));
    writeFileSync(join(dir, 'web-server', 'entry-server.cjs'), ENTRY);
    const render = ServerRender.load(webRoot);
    if (!render) throw new Error('the stand-in entry was not found');
    const app = express();
    app.get('/{*path}', (request, response) => {
      void render.render(request).then((page) => response.send(page ?? 'INDEX'));
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  const hangingRenders = () => (globalThis as { hangingRenders?: number }).hangingRenders ?? 0;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers }).then((response) => response.text());

  it('finds the render beside the web app, and renders with the request and the API’s own GraphQL address', async () => {
    expect(ServerRender.entryFile(webRoot)).toBe(join(dir, 'web-server', 'entry-server.cjs'));
    const page = await get('/questions/1?tab=contributions', { 'accept-language': 'ar-LB', cookie: 'hub_language=ar' });
    const seen = JSON.parse(/<div id="root">(.*)<\/div>/.exec(page)?.[1] ?? 'null') as Record<string, unknown>;
    expect(seen).toEqual({
      url: '/questions/1?tab=contributions',
      graphqlUrl: `${base}/graphql`,
      acceptLanguage: 'ar-LB',
      cookie: 'hub_language=ar',
      manifest: { 'index.html': { file: 'assets/index-1.js' } },
    });
  });

  it('sends index.html when the render declines or fails', async () => {
    expect(await get('/declines')).toBe('INDEX');
    expect(await get('/throws')).toBe('INDEX');
  });

  it('gives up on a render after its time budget', async () => {
    const started = Date.now();
    expect(await get('/hangs')).toBe('INDEX');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_900);
  });

  it('sends index.html at once while four renders are in flight', async () => {
    const hanging = [1, 2, 3, 4].map(() => get('/hangs'));
    // The four reach the render before the fifth asks.
    while (hangingRenders() < 4) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await get('/questions/2')).toBe('INDEX');
    // Answered while the four were still rendering, not after their time budget ran out.
    expect(hangingRenders()).toBe(4);
    expect(await Promise.all(hanging)).toEqual(['INDEX', 'INDEX', 'INDEX', 'INDEX']);
    // Once they end, rendering resumes.
    expect(await get('/questions/3')).toContain('/questions/3');
  });

  it('is absent when the web app was built without it', () => {
    const bare = mkdtempSync(join(tmpdir(), 'hub-no-render-'));
    try {
      expect(ServerRender.load(bare)).toBeNull();
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
