import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory, Entry } from '../../src/directory/types';
import type { Guide } from '../../src/guide/types';
import { distDir } from './chromium';
import { baseURL, offlineIn } from './helpers';
import { screenReady } from './ready';
import { browser } from './session';

// Expected texts come from the built data and the locale files, never from literals here.
const directory = JSON.parse(readFileSync(join(distDir(), 'data', 'directory.json'), 'utf8')) as Directory;
const guide = JSON.parse(readFileSync(join(distDir(), 'data', 'guide.json'), 'utf8')) as Guide;
type Strings = { ukraine: { title: string; progress_few: string }; glossary: { search: string }; card: { print: string; fullscreen: string } };
const strings = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/guide.json`, 'utf8')) as Strings;

/** An office with a street address and a description: what a show-card is for. */
const office = directory.entries.find((e) => e.address?.street && e.address.postcode && e.phones.some((p) => !p.fax)) as Entry;

// pdftotext may put a combining mark (the hamza of "کرایهٔ", a tanwin) before its letter, or split
// "إ" into alef and hamza; compare decomposed letters without marks.
const MARKS = /[\u064b-\u065f\u0670]/g;
const bare = (s: string) => s.normalize('NFKD').replace(MARKS, '');

/** The text of a PDF, Arabic presentation forms folded back to plain letters, without marks. */
function pdfText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'wegweiser-pdf-')), 'card.pdf');
  writeFileSync(file, pdf);
  try {
    return bare(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  } catch (error) {
    // A missing tool fails the test: a browser test never skips (.ci/run installs poppler-utils).
    throw new Error('pdftotext failed or is missing: `apt-get install -y poppler-utils`', { cause: error });
  }
}

/**
 * Words of a text in Arabic script, long enough to be worth finding. Words with the lam-alef
 * ligature are left out: it is drawn right, but pdftotext gives its two letters back reversed.
 */
const scriptWords = (text: string) =>
  bare(text)
    .split(/[\s،.,()]+/)
    .filter((w) => /^[\u0600-\u06ff\u200c]{4,}$/.test(w) && !w.includes('لا'));

beforeAll(async () => {
  if (!office) throw new Error('the data has no office with an address for a show-card');
});

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${baseURL()}${hash}`);
  // The heading can come before the data and the guide texts: wait for the whole screen.
  await screenReady(page);
}

describe('guide screens, offline', () => {
  it('keeps the Ukrainian checklist ticks across an offline reload', async () => {
    const { context, page } = await offlineIn(browser, 'uk');
    try {
      await open(page, '#/ukraine');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(strings('uk').ukraine.title);
      const [first, , third] = guide.ukraine.steps;
      await page.getByRole('checkbox', { name: first!.title.uk }).check();
      await page.getByRole('checkbox', { name: third!.title.uk }).check();
      // Two is a "few" in Ukrainian plural rules.
      const twoDone = strings('uk').ukraine.progress_few.replace('{{count}}', '2').replace('{{total}}', String(guide.ukraine.steps.length));
      await page.getByText(twoDone).waitFor();

      await page.reload();
      await page.getByRole('checkbox', { name: first!.title.uk }).waitFor();
      await page.getByText(twoDone).waitFor();
      expect(await page.getByRole('checkbox', { name: first!.title.uk }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: third!.title.uk }).isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: guide.ukraine.steps[1]!.title.uk }).isChecked()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('shows the Ukraine page in Ukrainian with one tap, while the app stays Arabic', async () => {
    const { context, page } = await offlineIn(browser, 'ar');
    try {
      await open(page, '#/ukraine');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(strings('ar').ukraine.title);
      await page.getByRole('button', { name: 'Українською' }).click();
      await page.getByRole('heading', { level: 1, name: strings('uk').ukraine.title }).waitFor();
      expect(await page.getByRole('checkbox', { name: guide.ukraine.steps[0]!.title.uk }).isVisible()).toBe(true);
      expect(await page.evaluate(() => [document.documentElement.lang, document.querySelector('main section')?.getAttribute('lang')])).toEqual(['ar', 'uk']);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['Dari', 'fa-AF'],
    ['Arabic', 'ar'],
  ] as const)('shows a show-card in %s with the German address and the text in that language, and prints both', async (_name, lang) => {
    const { context, page } = await offlineIn(browser, lang);
    try {
      await open(page, `#/card/${office.id}`);
      const card = page.locator('.show-card');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(office.name);
      const german = card.locator('.card-de');
      expect(await german.getAttribute('lang')).toBe('de');
      const address = (await german.locator('.card-address').innerText()).replace(/\s+/g, ' ');
      expect(address).toContain(office.address!.street!);
      expect(address).toContain(`${office.address!.postcode} ${office.address!.town}`);
      const own = card.locator('.card-user');
      expect([await own.getAttribute('lang'), await own.getAttribute('dir')]).toEqual([lang, 'rtl']);
      expect(await own.innerText()).toContain(office.description[lang]);

      const phrase = guide.phrases[0]!;
      await page.getByRole('checkbox', { name: phrase.de }).check();
      await card.getByText(phrase.say[lang]).waitFor();

      await page.getByRole('button', { name: strings(lang).card.fullscreen }).click();
      // Full screen shows the card with its own exit button.
      await page.waitForFunction(() => !!document.fullscreenElement?.querySelector('.show-card') && !!document.fullscreenElement.querySelector('.card-exit'));
      await page.evaluate(() => document.exitFullscreen());

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: strings(lang).card.print }).isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain(office.address!.street!);
      const words = scriptWords(office.description[lang]);
      expect(words.length).toBeGreaterThan(3);
      const missing = words.filter((w) => !text.includes(w));
      expect(missing, `words missing from the PDF in ${lang}`).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('finds a glossary word typed in Arabic', async () => {
    const { context, page } = await offlineIn(browser, 'ar');
    try {
      await open(page, '#/glossary');
      const term = guide.glossary.find((t) => t.id === 'aufenthaltstitel') ?? guide.glossary[0]!;
      await page.getByRole('searchbox', { name: strings('ar').glossary.search }).fill(term.translation.ar);
      const heading = page.getByRole('heading', { level: 2, name: term.de });
      await heading.waitFor();
      const item = page.locator('.term', { has: heading });
      expect(await item.locator('.term-translation').textContent()).toBe(term.translation.ar);
      expect(await item.getByText(term.explain.ar).isVisible()).toBe(true);
      expect(await page.locator('.term').count()).toBeLessThan(guide.glossary.length);
    } finally {
      await context.close();
    }
  });
});

describe('review dates on the Ukraine page', () => {
  it('shows each step’s review day, and once it has passed whom to ask, also after a reload', async () => {
    const { context, page } = await offlineIn(browser, 'de');
    const steps = guide.ukraine.steps;
    const earliest = steps.map((s) => s.reviewBy).sort()[0]!;
    const [y, m, d] = earliest.split('-').map(Number) as [number, number, number];
    const dayAfter = new Date(y, m - 1, d + 1, 12);
    const iso = (t: Date) => `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
    const due = steps.filter((s) => s.reviewBy < iso(dayAfter));
    expect(due.length).toBeGreaterThan(0);
    const step = (i: number) => page.locator('.checklist > li.step').nth(i);
    const load = async () => {
      await page.locator('.checklist > li.step').nth(steps.length - 1).waitFor();
    };

    await page.clock.setFixedTime(new Date(y, m - 1, d, 12));
    await page.goto(`${baseURL()}#/ukraine`);
    await load();
    await expect(page.locator('.step-review').count()).resolves.toBe(steps.length);
    await expect(page.getByTestId('review-due').count()).resolves.toBe(0);

    await page.clock.setFixedTime(dayAfter);
    for (let round = 0; round < 2; round++) {
      await page.reload();
      await load();
      await expect(page.getByTestId('review-due').count()).resolves.toBe(due.length);
      for (const [i, s] of steps.entries()) {
        const notice = step(i).getByTestId('review-due');
        if (!due.includes(s)) {
          await expect(notice.count()).resolves.toBe(0);
          continue;
        }
        const ids = s.who.kind === 'entry' ? [s.who.id] : s.who.kind === 'entries' ? s.who.ids : [];
        const links = await notice.getByRole('link').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
        expect(links).toEqual(ids.map((id) => `#/e/${id}`));
      }
    }
    await context.close();
  });
});
