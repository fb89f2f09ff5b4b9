import { Logger } from '@nestjs/common';
import type { Request } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';

/** What the web app's server entry exports (apps/web/src/entry-server.tsx). */
interface ServerEntry {
  renderPage(request: {
    url: string;
    cookie: string;
    acceptLanguage: string;
    graphqlUrl: string;
    template: string;
    manifest?: unknown;
    signal?: AbortSignal;
  }): Promise<string | null>;
}

/** A render that takes longer is dropped: the visitor gets the page rendered in the browser instead. */
const RENDER_BUDGET_MS = 2_000;
/**
 * Renders in flight at once. Each costs the API some CPU; past this, visitors get the plain page
 * (rendered in their browser) rather than everyone waiting behind a queue of renders.
 */
const MAX_CONCURRENT_RENDERS = 4;

/**
 * The web app's server render, run inside the API: `nx build-server web` writes it beside the
 * built web app (dist/apps/web-server next to dist/apps/web). Without it, or when a render fails,
 * pages are rendered in the browser as before: a server render is a head start, never a
 * requirement.
 */
export class ServerRender {
  private readonly logger = new Logger(ServerRender.name);
  private inFlight = 0;

  private constructor(
    private readonly entry: ServerEntry,
    private readonly template: string,
    private readonly manifest: unknown,
  ) {}

  /** The server render for the web app built in `webRoot` (its index.html the template), or null when it was not built. */
  static load(webRoot: string): ServerRender | null {
    const file = ServerRender.entryFile(webRoot);
    if (!existsSync(file)) {
      new Logger(ServerRender.name).warn(`No server render at ${file} (npx nx build-server web): every page renders in the browser`);
      return null;
    }
    // A CommonJS file with every dependency inside, loaded as is (not through the API's bundler).
    const entry = createRequire(file)(file) as ServerEntry;
    if (typeof entry.renderPage !== 'function') throw new Error(`${file} does not export renderPage: rebuild it (npx nx build-server web)`);
    // Vite's build manifest names each page's chunks, which the render lists for preloading.
    const manifestFile = join(webRoot, '.vite', 'manifest.json');
    const manifest: unknown = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : undefined;
    return new ServerRender(entry, readFileSync(join(webRoot, 'index.html'), 'utf8'), manifest);
  }

  static entryFile(webRoot: string): string {
    return join(dirname(webRoot), `${basename(webRoot)}-server`, 'entry-server.cjs');
  }

  /** The page rendered for this request, or null to send index.html for the browser to render. */
  async render(request: Request): Promise<string | null> {
    if (this.inFlight >= MAX_CONCURRENT_RENDERS) return null;
    this.inFlight++;
    try {
      return await this.entry.renderPage({
        url: request.originalUrl,
        cookie: request.headers.cookie ?? '',
        acceptLanguage: request.headers['accept-language'] ?? '',
        graphqlUrl: ownGraphQLUrl(request),
        template: this.template,
        manifest: this.manifest,
        signal: AbortSignal.timeout(RENDER_BUDGET_MS),
      });
    } catch (error) {
      // A DOMException is not an Error in every realm (Jest's): its name tells a timeout apart.
      const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
      if (name === 'TimeoutError' || name === 'AbortError') {
        this.logger.warn({ path: request.path }, `Server render took over ${RENDER_BUDGET_MS} ms; the page renders in the browser`);
      } else {
        this.logger.warn({ err: error, path: request.path }, 'Server render failed; the page renders in the browser');
      }
      return null;
    } finally {
      this.inFlight--;
    }
  }
}

/** The API's own GraphQL endpoint, at the address this request reached: it is listening there. */
function ownGraphQLUrl(request: Request): string {
  const address = request.socket.localAddress ?? '127.0.0.1';
  const host = address.includes(':') && !address.startsWith('::ffff:') ? `[${address}]` : address.replace(/^::ffff:/, '');
  return `http://${host}:${request.socket.localPort ?? 80}/graphql`;
}
