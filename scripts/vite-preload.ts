import { readFileSync } from 'node:fs';
import { minifySync, type Plugin } from 'vite';
import { cspHash } from './vite-csp.ts';

/** What index.html gains: preload links for the entry's static imports and the language texts' map. */
export interface PreloadTags {
  /** Files the entry imports statically (the vendor chunk), relative to the app. */
  readonly imports: readonly string[];
  /** Language code → the chunk of its `common` texts, awaited before the first screen. */
  readonly texts: Readonly<Record<string, string>>;
}

const COMMON = /locales\/([^/]+)\/common\.json$/;

/** The part of a bundled file this plugin reads (vite hands in rolldown's output types). */
export interface BundleFile {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly facadeModuleId?: string | null;
  readonly imports?: readonly string[];
}

/** Reads the entry's static imports and each language's `common` chunk from the bundle. */
export function preloadTags(bundle: Readonly<Record<string, BundleFile>>, entry: BundleFile): PreloadTags {
  const texts: Record<string, string> = {};
  for (const file of Object.values(bundle)) {
    const lang = file.type === 'chunk' ? COMMON.exec(file.facadeModuleId ?? '')?.[1] : undefined;
    if (lang) texts[lang] = file.fileName;
  }
  return { imports: entry.imports ?? [], texts };
}

/** The tags, as HTML: modulepreload links, and a meta tag src/boot.js reads. */
export function preloadHtml(tags: PreloadTags): string {
  const links = tags.imports.map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`);
  const texts = Object.entries(tags.texts).map(([lang, f]) => `${lang}=./${f}`).join(' ');
  return [...links, `<meta name="wegweiser-texts" content="${texts}" />`].join('\n    ');
}

/**
 * Vite's preload list for the lazy chunks named here (by their file name's stem), and none for
 * the others. The store's chunk is imported while the first screen renders, and each level of
 * its imports waited for a turn of that busy main thread before the next level was even
 * requested (offline cold start, 10,000 entries on the device, 4× CPU: its second level 0.7 s
 * after the first, its third 0.2 s later). With the list, all its files are requested together.
 */
export function preloadOnly(stems: readonly string[]): (file: string, deps: string[]) => string[] {
  return (file, deps) => {
    const name = file.slice(file.lastIndexOf('/') + 1);
    return stems.some((stem) => name.startsWith(`${stem}-`)) ? deps : [];
  };
}

/**
 * Shortens the chain of requests before the first screen (index.html → entry → vendor → texts):
 * the vendor chunk is fetched beside the entry instead of after it, and boot.js, which
 * already knows the language, starts fetching that language's texts at once. Vite's own preload
 * (build.modulePreload) stays off: it would add its loader to every lazy import.
 * boot.js itself (src/boot.js, a classic script that runs before anything is drawn) is written
 * to the build minified: its comments would cost the first screen 0.2 KB.
 */
export function preloadPlugin(bootFile = 'src/boot.js'): Plugin {
  return {
    name: 'wegweiser-preload',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/boot.js') return next();
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(bootFile, 'utf8'));
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // In development there is no bundle: boot.js is served as it is and nothing is preloaded.
        if (!ctx.bundle || !ctx.chunk) return html;
        const { code, errors } = minifySync('boot.js', readFileSync(bootFile, 'utf8'));
        if (errors.length) throw new Error(`boot.js: ${errors.map((e) => e.message).join('; ')}`);
        const script = code.trim();
        // The page's policy allows this one inline script by its hash, and no other.
        return html
          .replace("script-src 'self'", `script-src 'self' ${cspHash(script)}`)
          .replace('<script src="boot.js"></script>', `${preloadHtml(preloadTags(ctx.bundle, ctx.chunk))}\n    <script>${script}</script>`);
      },
    },
  };
}
