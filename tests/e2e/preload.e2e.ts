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
