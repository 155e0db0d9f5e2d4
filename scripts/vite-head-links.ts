import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { MANIFEST_FILE } from '../src/app/manifest-link.ts';
import { cspHash } from './vite-csp.ts';

const ICON_LINK = /<link rel="icon" href="([^"]+\.svg)" type="image\/svg\+xml" \/>/;
const MANIFEST_LINK = /<link rel="manifest" href="([^"]*)"[^>]*>/;
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]* href="\.\/([^"]+\.css)">/;

/** An SVG as a data URL: only the characters a URL or the attribute cannot hold are escaped. */
export function svgDataUrl(svg: string): string {
  const escaped = svg
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/"/g, "'")
    .replace(/[%#<>]/g, (c) => encodeURIComponent(c));
  return `data:image/svg+xml,${escaped}`;
}

/** The files of the build that index.html's head may write into the page. */
export type ReadBuilt = (file: string) => string | undefined;

/**
 * Index.html's head, rewritten so that the browser fetches nothing beside the first screen's
 * code: on a slow line every file fetched at the same time shares it, and over HTTP/1.1 each takes
 * a connection of its own, which costs a round trip before its first byte.
 * - The style sheet of the first screen (2.3 KB gzip) is written into the page, allowed by its
 *   hash in the page's policy. It is counted in the first screen's size as before
 *   (scripts/size-count.mjs counts inline style sheets).
 * - The icon (0.3 KB) is written into the page as a data URL: no request, offline neither.
 * - The manifest link, which vite-plugin-pwa writes and which made Chromium fetch the manifest
 *   and then its 192 px icon (4.5 KB) while the first screen's code was still coming, is taken
 *   out: src/app/after-start.ts links the manifest (src/app/manifest-link.ts) after the first
 *   screen is drawn, before the service worker starts.
 * Returns the page and the style sheet written into it (its file is then not needed).
 */
export function rewriteHead(html: string, readPublic: (file: string) => string, readBuilt: ReadBuilt): { html: string; inlined?: string } {
  const icon = ICON_LINK.exec(html);
  if (!icon?.[1]) throw new Error('index.html: no <link rel="icon" href="….svg" type="image/svg+xml" /> to write into the page');
  let out = html.replace(icon[0], `<link rel="icon" href="${svgDataUrl(readPublic(icon[1]))}" type="image/svg+xml" />`);
  const manifest = MANIFEST_LINK.exec(out);
  if (!manifest) throw new Error('index.html: vite-plugin-pwa wrote no manifest link; src/app/manifest-link.ts adds it instead');
  if (!manifest[1]?.endsWith(MANIFEST_FILE)) throw new Error(`index.html: the manifest is ${manifest[1]}, src/app/manifest-link.ts links ${MANIFEST_FILE}`);
  out = out.replace(manifest[0], '');
  const sheet = STYLESHEET_LINK.exec(out);
  const css = sheet?.[1] ? readBuilt(sheet[1]) : undefined;
  if (!sheet?.[1] || css === undefined) throw new Error('index.html: no style sheet of the build to write into the page');
  if (!out.includes("style-src 'self'")) throw new Error("index.html: no style-src 'self' in the page's policy to allow the style sheet");
  // A "</style>" inside the CSS would end the element early.
  if (/<\/style/i.test(css)) throw new Error(`${sheet[1]}: contains "</style"`);
  out = out.replace("style-src 'self'", `style-src 'self' ${cspHash(css)}`).replace(sheet[0], `<style>${css}</style>`);
  return { html: out, inlined: sheet[1] };
}

/** Vite's side of rewriteHead: in builds only (the dev server has no manifest link and no bundle). */
export function headLinksPlugin(): Plugin {
  let publicDir = 'public';
  return {
    name: 'wegweiser-head-links',
    // After vite-plugin-pwa's own post-order plugin, which writes the manifest link.
    enforce: 'post',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const readBuilt: ReadBuilt = (file) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
        };
        const { html: out, inlined } = rewriteHead(html, (file) => readFileSync(join(publicDir, file), 'utf8'), readBuilt);
        // Nothing links the file any more: it would only be downloaded for the offline copy.
        if (inlined) delete bundle[inlined];
        return out;
      },
    },
  };
}
