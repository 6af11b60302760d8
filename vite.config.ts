import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The web app (src/web) built into dist/web, which `attune serve` serves. Everything is bundled, so
 * the page loads nothing from anywhere but the attune server. In development (`npm run dev:web`) the
 * API is proxied to a running `attune serve` (port from ATTUNE_PORT, default 4173).
 */
const repo = path.dirname(fileURLToPath(import.meta.url));

/**
 * The built page may load and contact nothing but its own server: no CDN, no web fonts, no
 * analytics, no eval (charts use vega's expression interpreter). Only in the build: the development
 * server needs an inline script for hot reload.
 */
const CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:",
  "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'attune-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root: path.join(repo, 'src/web'),
  base: '/',
  plugins: [react(), contentSecurityPolicy()],
  // Vite would otherwise read .env files from src/web and put VITE_* variables into the bundle.
  envDir: false,
  publicDir: false,
  build: {
    outDir: path.join(repo, 'dist/web'),
    emptyOutDir: true,
    // Charts (vega) are loaded only by the pages that draw them; they are big but local.
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's source carries comments Rollup cannot place; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': `http://127.0.0.1:${process.env.ATTUNE_PORT ?? '4173'}` },
  },
});
