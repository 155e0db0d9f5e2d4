import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { baseURL, newContext } from './helpers';
import { screenReady } from './ready';
import { browser } from './session';

const LANGS = ['de', 'uk', 'ar', 'fa-AF'] as const;
const loadingText = (lang: string) => (JSON.parse(readFileSync(`locales/${lang}/common.json`, 'utf8')) as { loading: string }).loading;


describe('the first screen’s files are asked for together', () => {
  for (const lang of LANGS) {
    it(`${lang}: the page preloads the vendor chunk and this language’s texts, and fetches each once`, async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(`${baseURL()}?lang=${lang}`);
      await screenReady(page);

      const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
      // One text file is preloaded, and it is this language's: it holds the "loading" word in it.
      const texts = preloaded.filter((p) => /\/common-[\w-]+\.js$/.test(p));
      expect(texts).toHaveLength(1);
      expect(preloaded.some((p) => /\/vendor-[\w-]+\.js$/.test(p))).toBe(true);
      // A preload that the module loader does not reuse would fetch the file a second time.
      for (const p of preloaded) expect(fetched.filter((f) => f === p)).toHaveLength(1);
      const body = await page.evaluate(async (p) => (await fetch(p)).text(), texts[0] ?? '');
      expect(body).toContain(loadingText(lang));
      // The boot script ran under the page's policy: it set the language before the app did.
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        lang,
        lang === 'ar' || lang === 'fa-AF' ? 'rtl' : 'ltr',
      ]);

      // Second start, without ?lang: the saved language's texts are preloaded again.
      await page.goto(baseURL());
      await screenReady(page);
      expect(await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname))).toContain(texts[0]);
      await context.close();
    });
  }
});

describe('the code loaded after the first screen is compiled when it loads', () => {
  it('the list’s files as served begin with the compile hint; the first screen’s files and the texts do not', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseURL()}?lang=uk`);
    await screenReady(page);
    const entry = await page.$eval('script[type="module"][src]', (s) => (s as HTMLScriptElement).src);
    const preloaded = await page.$$eval('link[rel="modulepreload"]', (links) => links.map((l) => (l as HTMLLinkElement).href));
    await page.evaluate(() => (location.hash = '#/list'));
    await screenReady(page);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js')));
    const firstLine = (url: string) => page.evaluate(async (u) => (await (await fetch(u)).text()).split('\n')[0], url);
    const hinted = async (urls: string[]) => Promise.all(urls.map(async (u) => [u.replace(/^.*\//, ''), (await firstLine(u)) === '//# allFunctionsCalledOnLoad'] as const));
    // The entry, the vendor chunk, the language's texts and the store's code: as built, no hint.
    const first = [entry, ...preloaded, ...scripts.filter((u) => /\/start-data-[\w-]+\.js$/.test(u))];
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect((await hinted(first)).filter(([, h]) => h)).toEqual([]);
    const list = scripts.filter((u) => /\/(ListScreen|EntryRow)-[\w-]+\.js$/.test(u));
    expect(list).toHaveLength(2);
    expect((await hinted(list)).filter(([, h]) => !h)).toEqual([]);
    await context.close();
  });
});

describe('a first visit fetches nothing beside the first screen’s own files until that screen is shown', () => {
  for (const lang of ['de', 'ar'] as const) {
    it(`${lang}: before the screen’s largest paint only the app’s code and this language’s texts, and the style sheet is in the page`, async () => {
      const context = await newContext(browser);
      await context.addInitScript(() => {
        const w = window as unknown as { violations: string[] };
        w.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      await page.goto(`${baseURL()}?lang=${lang}`);
      await screenReady(page);
      const seen = await page.evaluate(async () => {
        const paints = await new Promise<PerformanceEntryList>((resolve) => {
          new PerformanceObserver((list) => resolve(list.getEntries())).observe({ type: 'largest-contentful-paint', buffered: true });
        });
        // The first paint of the screen itself (the "loading" line of index.html comes before it).
        const shown = paints.find((p) => (p as PerformanceEntry & { element?: Element }).element?.closest('main'));
        const at = shown?.startTime ?? -1;
        const before = performance.getEntriesByType('resource').filter((r) => r.startTime < at).map((r) => new URL(r.name).pathname.split('/').pop() ?? '');
        const after = performance.getEntriesByType('resource').filter((r) => r.startTime >= at).map((r) => new URL(r.name).pathname.split('/').pop() ?? '');
        return {
          at,
          before,
          after,
          styled: getComputedStyle(document.body).marginTop,
          violations: (window as unknown as { violations: string[] }).violations,
        };
      });
      expect(seen.at).toBeGreaterThan(0);
      expect(seen.before.filter((f) => !/^(index|vendor|common)-[\w-]+\.js$/.test(f))).toEqual([]);
      expect(seen.before.filter((f) => f.startsWith('common-'))).toHaveLength(1);
      // What waited for the paint did come after it: the store's code and the icons.
      expect(seen.after.some((f) => /^start-data-[\w-]+\.js$/.test(f))).toBe(true);
      expect(seen.after.some((f) => f === 'sprite.svg')).toBe(true);
      // The first screen's style sheet is written into index.html and allowed by the page's policy.
      expect(await page.locator('head style').count()).toBe(1);
      expect(seen.violations).toEqual([]);
      expect(seen.styled).toBe('0px');
      // The manifest is linked once the app has started (installing needs it, the first screen does not).
      await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });
      await context.close();
    });
  }
});
