import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rewriteHead, svgDataUrl } from './vite-head-links';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">\n  <rect width="8" height="8" fill="#0b5a55"/></svg>';
const CSS = 'body{margin:0}.a{color:#123}';
// The head as vite, the CSP plugin and vite-plugin-pwa leave it.
const HTML = [
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" />`,
  '<link rel="icon" href="icons/icon.svg" type="image/svg+xml" />',
  '<script type="module" crossorigin src="./assets/index-A1.js"></script>',
  '<link rel="stylesheet" crossorigin href="./assets/index-C3.css">',
  '<link rel="manifest" href="./manifest.webmanifest"></head>',
].join('\n');
const pub = (file: string) => {
  if (file !== 'icons/icon.svg') throw new Error(file);
  return SVG;
};
const built = (file: string) => (file === 'assets/index-C3.css' ? CSS : undefined);

describe('the head of the built index.html', () => {
  it('writes the style sheet into the page, allowed by its own hash, and links nothing the first screen does not need', () => {
    const { html, inlined } = rewriteHead(HTML, pub, built);
    expect(inlined).toBe('assets/index-C3.css');
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).not.toContain('rel="stylesheet"');
    const hash = createHash('sha256').update(CSS).digest('base64');
    expect(html).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(html).not.toContain('rel="manifest"');
    expect(html).not.toContain('icons/icon.svg');
    // The module script stays as it was.
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-A1.js"></script>');
  });

  it('writes the icon as a data URL that a browser reads back to the same drawing', () => {
    const url = svgDataUrl(SVG);
    expect(url).not.toMatch(/[#<>"\n]/);
    const back = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
    expect(back).toBe(SVG.replace(/\s+/g, ' ').replace(/"/g, "'"));
  });

  it('stops the build when the head is not as expected', () => {
    expect(() => rewriteHead(HTML.replace(/<link rel="manifest"[^>]*>/, ''), pub, built)).toThrow(/manifest/);
    expect(() => rewriteHead(HTML.replace('./manifest.webmanifest', './app.webmanifest'), pub, built)).toThrow(/manifest/);
    expect(() => rewriteHead(HTML, pub, () => undefined)).toThrow(/style sheet/);
    expect(() => rewriteHead(HTML.replace("style-src 'self'", "style-src 'none'"), pub, built)).toThrow(/style-src/);
    expect(() => rewriteHead(HTML, pub, () => 'a{}</style><script>x()</script>')).toThrow(/<\/style/);
    expect(() => rewriteHead(HTML.replace(/<link rel="icon"[^>]*>/, ''), pub, built)).toThrow(/icon/);
  });
});
