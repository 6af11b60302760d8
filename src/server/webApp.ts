import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './apiError.js';

/** Shown at `/` when the front end has not been built. */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>attune</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>attune</h1>
<p>The server is running, but the web app has not been built yet. Run <code>npm run build</code> in the attune folder, then reload this page.</p>
<p>The JSON API answers under <a href="/api/health"><code>/api/</code></a> (docs/api.md).</p>
</body></html>
`;

/**
 * The built front end from `webDir` (index.html for every page path, so the app's own routes
 * survive a reload), or the page saying to build it. Paths under /api never fall through to it.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | null): Promise<void> {
  const built = webDir !== null && fs.existsSync(path.join(webDir, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: path.resolve(webDir), prefix: '/', wildcard: true, index: ['index.html'] });

  app.setNotFoundHandler(async (request, reply) => {
    const pathname = request.url.split('?')[0];
    if (pathname === '/api' || pathname.startsWith('/api/')) throw new ApiError('not_found', `No API route ${request.method} ${pathname}.`);
    if (request.method !== 'GET' && request.method !== 'HEAD') throw new ApiError('not_found', `Nothing to ${request.method} at ${pathname}.`);
    // A file-like path that is not there is a missing file, not a page of the app.
    if (/\.[a-z0-9]+$/i.test(pathname)) throw new ApiError('not_found', `No file ${pathname}.`);
    if (built) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    return reply.code(pathname === '/' ? 200 : 404).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
  });
}
