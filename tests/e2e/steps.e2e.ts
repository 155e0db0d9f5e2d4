import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/types';
import type { Guide } from '../../src/guide/types';
import { distDir } from './chromium';
import { firstVisit, launch, newContext, waitForOffline } from './helpers';

// Expected texts come from the built data and the locale files, never from the code under test.
const directory = JSON.parse(readFileSync(join(distDir(), 'data', 'directory.json'), 'utf8')) as Directory;
const guide = JSON.parse(readFileSync(join(distDir(), 'data', 'guide.json'), 'utf8')) as Guide;
type Lang = 'de' | 'uk' | 'ar' | 'fa-AF';
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
const common = (lang: Lang) => json(`locales/${lang}/common.json`);
const guideStrings = (lang: Lang) => json(`locales/${lang}/guide.json`);

const asylum = guide.pages?.asylum;
const sontra = directory.region.municipalities.find((m) => m.name === 'Sontra');
const sontraHall = directory.entries.find((e) => e.id === sontra?.townHall);

let browser: Browser;
beforeAll(async () => {
  if (!asylum || !sontra || !sontraHall) throw new Error('the build lacks the asylum page or the town hall of Sontra');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A new profile in `lang`, with everything cached, then cut off from the network. */
async function offlineIn(lang: Lang): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await firstVisit(page, lang);
  await waitForOffline(page);
  await context.setOffline(true);
  return { context, page };
}

describe('first-steps page for the asylum procedure, offline', () => {
  // Two steps done: Arabic uses its "two" form, Dari "other".
  it.each([
    ['Arabic', 'ar', 'progress_two'],
    ['Dari', 'fa-AF', 'progress_other'],
  ] as const)('opens from home in %s, names the town hall of the chosen town and keeps ticks across a restart', async (_name, lang, form) => {
    const { context, page } = await offlineIn(lang);
    try {
      await page.getByRole('link', { name: common(lang).home!.asylum! }).click();
      await page.getByRole('heading', { level: 1, name: asylum!.title[lang] }).waitFor();
      expect(page.url()).toMatch(/#\/steps\/asylum$/);

      const townStep = asylum!.steps.find((s) => s.who?.kind === 'townHall')!;
      const item = page.locator('li.step', { has: page.getByRole('checkbox', { name: townStep.title[lang] }) });
      await item.getByText(guideStrings(lang).ukraine!.whoTownHall!).waitFor();
      await page.getByLabel(guideStrings(lang).home!.liveIn!).selectOption(sontra!.ags);
      const hall = item.getByRole('link', { name: sontraHall!.name });
      await hall.waitFor();
      expect(await hall.getAttribute('href')).toBe(`#/e/${sontraHall!.id}`);

      const [first, second, third] = asylum!.steps;
      await page.getByRole('checkbox', { name: first!.title[lang] }).check();
      await page.getByRole('checkbox', { name: third!.title[lang] }).check();
      const twoDone = guideStrings(lang).ukraine![form]!.replace('{{count}}', '2').replace('{{total}}', String(asylum!.steps.length));
      await page.getByText(twoDone).waitFor();

      await page.reload();
      await page.getByRole('checkbox', { name: first!.title[lang] }).waitFor();
      await page.getByText(twoDone).waitFor();
      expect(await page.getByRole('checkbox', { name: first!.title[lang] }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: second!.title[lang] }).isChecked()).toBe(false);
      expect(await page.getByRole('checkbox', { name: third!.title[lang] }).isChecked()).toBe(true);
      // The town is kept too: the town hall is named again without asking.
      await item.getByRole('link', { name: sontraHall!.name }).waitFor();
      // Every step shows its sources and the date by which it is reviewed.
      expect(await page.locator('li.step .step-review').count()).toBe(asylum!.steps.length);
      expect(await page.locator('li.step .sources li').count()).toBeGreaterThanOrEqual(asylum!.steps.length);
    } finally {
      await context.close();
    }
  });
});
