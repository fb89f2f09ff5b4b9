import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * Security headers for the API and the built web app on the same origin. The built index.html has
 * no inline script or style (Vite emits files), so scripts and styles come from 'self' only;
 * React's style props go through the CSSOM, which CSP does not restrict. Rendered markdown has
 * no images (common/markdown.ts), so images come from 'self' too.
 */
export function securityHeaders(options: { production: boolean; https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'"],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'none'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Only where the hub is served over https; on http://localhost it would break every asset.
        ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers remember HSTS for a year: only a production deployment should ever send it.
    strictTransportSecurity: options.production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xContentTypeOptions: true,
  });
}
