import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PrecompressedAssets } from './precompressed-assets';
import { ServerRender } from './server-render';

const API_PATHS = /^\/(graphql|health|ready|exports|email)(\/|$)/;

/**
 * Serves the built web app from the API's own port, so the hub runs on one documented address.
 * Hashed assets are cached for a year; every other GET that wants HTML gets the page rendered on
 * the server (anonymous visitors to the pages people land on: see server-render.ts) or index.html
 * (the client-side router takes it from there).
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const root = resolve(distDir);
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(`WEB_DIST_DIR is set to ${root}, but it has no index.html: build the web app first`);
  }
  const precompressed = new PrecompressedAssets(root);
  const serverRender = ServerRender.load(root);
  // Rendered pages are compressed as they go (Brotli quality 4 or gzip, as GraphQL answers).
  const compressRendered = compression({ threshold: 1024 });
  app.use(precompressed.handler());
  app.useStaticAssets(join(root, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', index: false });
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    const sendIndex = () => {
      if (precompressed.send(request, response, '/index.html', 'no-cache')) return;
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(indexHtml);
    };
    if (!serverRender) return sendIndex();
    serverRender.render(request).then(
      (page) => {
        if (page === null || response.headersSent) return sendIndex();
        // The page depends on these (language, whether a session may exist): no shared cache may
        // hand one visitor's page to another, and the browser revalidates each time.
        response.setHeader('Vary', 'Cookie, Accept-Language');
        response.setHeader('Cache-Control', 'private, no-cache');
        response.type('html');
        compressRendered(request, response, () => response.send(page));
      },
      (error: unknown) => next(error),
    );
  });
}
