import type { NextFunction, Request, Response } from 'express';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** Below this, compression saves less than the header costs. */
const MIN_BYTES = 1024;

interface Compressed {
  type: string;
  br: Buffer;
  gzip: Buffer;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * The built web app's text files, Brotli- and gzip-compressed once at boot (in the background, on
 * zlib's thread pool) and held in memory: a phone on a slow connection downloads about a quarter
 * of the bytes, and no request pays for compressing. Until a file is ready, or for clients that
 * accept neither encoding, the plain file is served as before.
 */
export class PrecompressedAssets {
  private readonly ready = new Map<string, Compressed>();

  constructor(private readonly root: string) {
    for (const file of filesUnder(root)) {
      const type = TYPES[extname(file)];
      const body = readFileSync(file);
      if (!type || body.length < MIN_BYTES) continue;
      const urlPath = `/${relative(root, file).split(sep).join('/')}`;
      void Promise.all([
        brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gzipped(body, { level: 9 }),
      ]).then(([br, gz]) => this.ready.set(urlPath, { type, br, gzip: gz }));
    }
  }

  /** Sends the compressed file for `urlPath` if it is ready and the client accepts it; false otherwise. */
  send(request: Request, response: Response, urlPath: string, cacheControl: string): boolean {
    const compressed = this.ready.get(urlPath);
    if (!compressed) return false;
    response.vary('Accept-Encoding');
    // Brotli whenever accepted (browsers list gzip first but both at the same weight).
    const encoding = request.acceptsEncodings('br') === 'br' ? 'br' : request.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : null;
    if (!encoding) return false;
    const body = encoding === 'br' ? compressed.br : compressed.gzip;
    response.setHeader('Content-Type', compressed.type);
    response.setHeader('Content-Encoding', encoding);
    response.setHeader('Content-Length', String(body.length));
    response.setHeader('Cache-Control', cacheControl);
    response.status(200).end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  /** Middleware for the files as they are named under the web root (hashed assets and the rest). */
  handler() {
    return (request: Request, response: Response, next: NextFunction): void => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return next();
      const cacheControl = request.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : request.path === '/index.html' ? 'no-cache' : 'public, max-age=3600';
      if (!this.send(request, response, request.path, cacheControl)) next();
    };
  }
}
