import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../src/directory/types';
import type { Guide } from '../../src/guide/types';
import { distDir } from './chromium';
import { idbSnapshot } from './idb';
import { baseURL, offlineIn } from './helpers';
import { browser } from './session';

// Expected texts come from the built data and the locale files, never from the code under test.
const directory = JSON.parse(readFileSync(join(distDir(), 'data', 'directory.json'), 'utf8')) as Directory;
const guide = JSON.parse(readFileSync(join(distDir(), 'data', 'guide.json'), 'utf8')) as Guide;
type Lang = 'de' | 'uk' | 'ar' | 'fa-AF';
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, Record<string, string>>;
const common = (lang: Lang) => json(`locales/${lang}/common.json`);
const guideStrings = (lang: Lang) => json(`locales/${lang}/guide.json`);

const asylum = guide.pages?.asylum;
const topic = (id: string) => guide.topics?.find((t) => t.id === id);
const sontra = directory.region.municipalities.find((m) => m.name === 'Sontra');
const sontraHall = directory.entries.find((e) => e.id === sontra?.townHall);

beforeAll(async () => {
  if (!asylum || !sontra || !sontraHall) throw new Error('the build lacks the asylum page or the town hall of Sontra');
  if (!guide.ukraine.steps.some((s) => s.id === asylum.steps[0]?.id)) throw new Error('the per-page tick check needs a step id shared with the Ukraine page');
});

describe('first-steps page for the asylum procedure, offline', () => {
  // Two steps done: Arabic uses its "two" form, Dari "other".
  it.each([
    ['Arabic', 'ar', 'progress_two'],
    ['Dari', 'fa-AF', 'progress_other'],
  ] as const)('opens from home in %s, names the town hall of the chosen town and keeps ticks across a restart', async (_name, lang, form) => {
    const { context, page } = await offlineIn(browser, lang);
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
      // The restart must read what the taps wrote: wait until both ticks are in IndexedDB (a tick
      // shows at once; its write follows a moment later and would be cut off by an instant reload).
      await expect
        .poll(async () => {
          const store = (await idbSnapshot(page)).stores.checklist;
          return (store?.keys ?? []).filter((_, i) => (store?.values[i] as { done?: boolean }).done).map(String).sort();
        })
        .toEqual([`asylum/${first!.id}`, `asylum/${third!.id}`].sort());

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

      // Ticks are kept per page: the Ukraine page has a step with the same id, and it stays open.
      const twin = guide.ukraine.steps.find((s) => s.id === first!.id)!;
      await page.goto(`${baseURL()}#/ukraine`);
      await page.getByRole('checkbox', { name: twin.title[lang] }).waitFor();
      expect(await page.getByRole('checkbox', { name: twin.title[lang] }).isChecked()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('the asylum page reads as steps, in Arabic, offline', () => {
  it('numbers the steps, marks what comes first, shows one sentence and folds the rest, also after a reload', async () => {
    const { context, page } = await offlineIn(browser, 'ar');
    const steps = asylum!.steps;
    const strings = guideStrings('ar').steps!;
    const firstIndexes = steps.flatMap((s, i) => (s.first === true ? [i] : []));
    try {
      await page.goto(`${baseURL()}#/steps/asylum`);
      for (const pass of ['first visit', 'after a reload'] as const) {
        await page.getByRole('heading', { level: 1, name: asylum!.title.ar }).waitFor();
        const items = page.locator('ol.checklist > li.step');
        await items.first().waitFor();
        expect(await items.count(), pass).toBe(steps.length);
        // Latin numerals 1..n, in the order of the data.
        expect(await items.locator('.step-number').allTextContents(), pass).toEqual(steps.map((_, i) => String(i + 1)));
        expect(firstIndexes, pass).toEqual([0]);
        expect(await items.nth(0).locator('.step-first').textContent(), pass).toBe(strings.first);
        expect(await page.locator('.step-first').count(), pass).toBe(1);
        for (const [i, step] of steps.entries()) {
          const summary = items.nth(i).locator('.step-summary');
          expect(await summary.isVisible(), `${pass} ${step.id}`).toBe(true);
          expect(await summary.textContent(), `${pass} ${step.id}`).toBe(step.summary.ar);
          // The full text is in the fold, closed.
          expect(await items.nth(i).locator('details.step-more > p').first().isVisible(), `${pass} ${step.id}`).toBe(false);
        }
        const first = items.nth(0);
        await first.locator('details.step-more > summary', { hasText: strings.more }).click();
        const full = first.locator('details.step-more > p').first();
        await full.waitFor({ state: 'visible' });
        expect(await full.textContent(), pass).toBe(steps[0]!.text.ar);
        expect(await first.locator('.sources').isVisible(), pass).toBe(true);
        // A glossary link in the Arabic text: a term's own form, pointing at that term.
        const link = full.locator('a.glossary-link').first();
        await link.waitFor();
        const href = (await link.getAttribute('href')) ?? '';
        const term = guide.glossary.find((t) => href === `#/glossary?term=${t.id}`);
        expect(term, `${pass} ${href}`).toBeDefined();
        const forms = [term!.de, ...term!.variants, term!.translation.ar].map((f) => f.toLowerCase());
        expect(forms, pass).toContain((await link.textContent())!.toLowerCase());
        if (pass === 'first visit') await page.reload();
      }
    } finally {
      await context.close();
    }
  });
});

describe('guide pages in the list search, offline', () => {
  // What people type in each language, and the topic it must open.
  const queries: Record<Lang, readonly [string, string][]> = {
    de: [['Kinderarzt', 'kinderarzt'], ['Kita', 'kita'], ['Krankenkasse', 'krankenkasse'], ['Kindergeld', 'kindergeld']],
    uk: [['педіатр', 'kinderarzt'], ['дитсадок', 'kita'], ['медичне страхування', 'krankenkasse'], ['допомога на дітей', 'kindergeld']],
    ar: [['طبيب أطفال', 'kinderarzt'], ['حضانة', 'kita'], ['تأمين صحي', 'krankenkasse'], ['مخصصات الأطفال', 'kindergeld']],
    'fa-AF': [['داکتر اطفال', 'kinderarzt'], ['کودکستان', 'kita'], ['بیمه صحی', 'krankenkasse'], ['پول اولاد', 'kindergeld']],
  };

  it.each(['ar', 'fa-AF', 'de', 'uk'] as const)('finds the pages for children\'s doctor, Kita, health insurance and Kindergeld in %s', async (lang) => {
    const { context, page } = await offlineIn(browser, lang);
    try {
      for (const [query, id] of queries[lang]) {
        const wanted = topic(id)!;
        await page.goto(`${baseURL()}#/list?q=${encodeURIComponent(query)}`);
        const link = page.locator('.page-hits').getByRole('link', { name: wanted.title[lang], exact: true });
        await link.waitFor();
        expect(await link.getAttribute('href'), query).toBe(`#/topic/${id}`);
        // A page found is an answer: the "nothing found" advice does not contradict it.
        expect(await page.locator('.list-empty').count(), query).toBe(0);
      }
      // The hit opens the topic, with its text and sources, offline.
      const [query, id] = queries[lang][0]!;
      await page.goto(`${baseURL()}#/list?q=${encodeURIComponent(query)}`);
      await page.locator('.page-hits').getByRole('link', { name: topic(id)!.title[lang], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: topic(id)!.title[lang] }).waitFor();
      expect(await page.locator('.topic .sources li').count()).toBe(topic(id)!.sources.length);
    } finally {
      await context.close();
    }
  });

  it('opens the protection page from home in Arabic', async () => {
    const { context, page } = await offlineIn(browser, 'ar');
    try {
      await page.getByRole('link', { name: common('ar').home!.protection! }).click();
      await page.getByRole('heading', { level: 1, name: guide.pages!.protection!.title.ar }).waitFor();
      expect(await page.locator('li.step').count()).toBe(guide.pages!.protection!.steps.length);
    } finally {
      await context.close();
    }
  });
});
