import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

/** The tile server's origin from the region file: "https://{s}.tile.example/…" → "https://*.tile.example". */
export function tileOrigin(tileUrl: string): string {
  const url = new URL(tileUrl.replace('{s}', 'SUB').replace(/\{[a-z]+\}/g, '0'));
  return `${url.protocol}//${url.host.replace('SUB', '*')}`;
}

/** A CSP source that allows one inline script or style sheet by its SHA-256. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The page's Content-Security-Policy: the app's own origin, plus map tiles from the configured host. */
export function contentSecurityPolicy(tileHost: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${tileHost}`,
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Writes the CSP into index.html at build time (as a meta tag, so it holds on any static host).
 * The tile host comes from data/region.yaml; a new tile host in a data update needs a new build.
 */
export function cspPlugin(regionFile = 'data/region.yaml'): Plugin {
  return {
    name: 'wegweiser-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const region = parse(readFileSync(regionFile, 'utf8')) as { tileUrl: string };
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(tileOrigin(region.tileUrl))}" />`;
      return html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    ${meta}`);
    },
  };
}
