import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PrecompressedAssets } from './precompressed-assets';

const API_PATHS = /^\/(graphql|health|ready|exports|email)(\/|$)/;

/**
 * Serves the built web app from the API's own port, so the hub runs on one documented address.
 * Hashed assets are cached for a year; every other GET that wants HTML gets index.html (the
 * client-side router takes it from there).
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): void {
  const root = resolve(distDir);
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) {
    throw new Error(`WEB_DIST_DIR is set to ${root}, but it has no index.html: build the web app first`);
  }
  const precompressed = new PrecompressedAssets(root);
  app.use(precompressed.handler());
  app.useStaticAssets(join(root, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', index: false });
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || API_PATHS.test(request.path) || !request.accepts('html')) return next();
    if (precompressed.send(request, response, '/index.html', 'no-cache')) return;
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
}
