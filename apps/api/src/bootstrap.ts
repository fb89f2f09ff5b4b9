import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { securityHeaders } from './security/security-headers';
import { serveWebApp } from './web/serve-web';

/** Builds the whole API (and the web app, when WEB_DIST_DIR is set) without listening yet. */
export async function createHubApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // Per-address rate limits need the client's address, not the reverse proxy's.
  app.set('trust proxy', config.trustProxyHops);
  app.use(securityHeaders({ production: config.env === 'production', https: config.publicUrl.startsWith('https:') }));
  app.use(cookieParser());
  // GraphQL answers are JSON, often tens of kilobytes: compressed for people on slow connections
  // (Brotli at quality 4, the middleware's default, cheap enough for every request; else gzip).
  // Static files are compressed once at boot instead (web/precompressed-assets.ts).
  app.use('/graphql', compression({ threshold: 1024 }));
  // Closes the HTTP server and the database connection on SIGTERM/SIGINT.
  app.enableShutdownHooks();
  if (config.webDistDir) serveWebApp(app, config.webDistDir);
  return app;
}
