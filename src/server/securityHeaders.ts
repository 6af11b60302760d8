import type { FastifyInstance } from 'fastify';
import { ApiError } from './apiError.js';

/**
 * The app's Content-Security-Policy: its own scripts, styles, images and API only; nothing from
 * anywhere else (no CDN, no fonts, no analytics), no plugins, no framing. Inline styles are allowed
 * (style attributes set by React and the chart library); inline scripts and eval are not, so charts
 * use Vega's CSP-safe interpreter (vega-interpreter).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Only JSON bodies; API requests from other sites refused (by `Sec-Fetch-Site`, and `Origin` on
 * changes); headers on every response (a route may set its own CSP, e.g. the HTML report) and, when the server
 * listens on the loopback address, the Host check: a page elsewhere that rebinds its DNS name to
 * 127.0.0.1 still sends its own name as Host, and is refused.
 */
export function registerSecurity(app: FastifyInstance, loopbackOnly: boolean): void {
  // Bodies are JSON only: a cross-site form or a plain-text POST (which browsers send without asking
  // the server first) is refused before any route sees it.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    // Another site's page may send requests here (though not read the answers): refuse them all.
    if (request.headers['sec-fetch-site'] === 'cross-site') throw new ApiError('forbidden', 'Requests from other sites are refused.');
    const origin = request.headers.origin;
    if (origin !== undefined && request.method !== 'GET' && request.method !== 'HEAD') {
      let host: string | null = null;
      try {
        host = new URL(origin).host;
      } catch {
        host = null;
      }
      if (host !== request.host) throw new ApiError('forbidden', 'Requests from other sites are refused.');
    }
  });
  if (loopbackOnly) {
    app.addHook('onRequest', async (request) => {
      const host = (request.hostname || '').toLowerCase();
      if (!LOOPBACK_NAMES.has(host) && !host.endsWith('.localhost')) {
        throw new ApiError('forbidden', 'This server answers only requests addressed to this machine (localhost or 127.0.0.1).');
      }
    });
  }
  app.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', APP_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', reply.getHeader('content-security-policy') === APP_CSP ? 'DENY' : 'SAMEORIGIN');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    // What a person wrote must not linger in caches.
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
