import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, firstVisit, newContext, textSize, waitForOffline, type LANGUAGE_NAMES } from './helpers';
import { screenReady } from './ready';
import { numberGlyphs, overlappingCallButtons, sidewaysOverflow, splitArabicWords, type Glyph } from './layout-probes';
import { browser } from './session';

type Lang = keyof typeof LANGUAGE_NAMES;

// Entries whose running text names a phone number (checked against data/entries by hand):
// the out-of-hours doctor's description says "116 117", and the Bad Sooden-Allendorf town hall's
// hours note sends people to the Kreisverwaltung's "05651 302-0". The foreigners' office has a long
// e-mail address in its text and a long German name.
const AEBD = 'aerztlicher-bereitschaftsdienst-116117';
const OFFICE = 'auslaenderbehoerde-werra-meissner';
const TOWN_HALL = 'rathaus-bad-sooden-allendorf';

// Every route of src/app/screens.tsx, with entries that have long numbers in them.
const SCREENS = [
  '',
  'list',
  `list?q=${encodeURIComponent('116 117')}`,
  `e/${AEBD}`,
  `e/${OFFICE}`,
  `e/${TOWN_HALL}`,
  'fav',
  'help',
  'settings',
  'privacy',
  'about',
  'ukraine',
  'steps/asylum',
  'steps/protection',
  'topic',
  'topic/kinderarzt',
  `card/${OFFICE}`,
  `pair/${OFFICE}?with=ar`,
  `way/${OFFICE}`,
  'glossary',
  'map',
];

/** Numbers in running text, where they must be drawn left to right on one line: [route, where, number]. */
const NUMBERS: [string, string, string][] = [
  [`e/${AEBD}`, '.detail-description', '116 117'],
  [`e/${TOWN_HALL}`, '.detail-note', '05651 302-0'],
  [`card/${AEBD}`, '.card-user', '116 117'],
  [`pair/${AEBD}?with=ar`, '.pair-ar', '116 117'],
  [`glossary?q=${encodeURIComponent('116 117')}`, '.term', '116 117'],
  ['help', '.call-link', '116 117'],
];


/**
 * Today's row of the week table is bold, so the widest week is the one whose longest day name is
 * today: in German a Thursday ("Donnerstag"). The clock is set to that day of a plain week (no
 * holiday), 10:00 in Berlin, so the check does not depend on the day CI runs. The name's length
 * comes from the runtime's own weekday names, not from the app.
 */
async function onLongestDay(page: Page, lang: Lang): Promise<void> {
  const names = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'Europe/Berlin' });
  // Monday 30 November to Sunday 6 December 2026.
  const days = Array.from({ length: 7 }, (_, i) => new Date(`2026-${i === 0 ? '11-30' : `12-0${i}`}T10:00:00+01:00`));
  const longest = days.reduce((a, b) => (names.format(b).length > names.format(a).length ? b : a));
  await page.clock.setFixedTime(longest);
}

async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${baseURL()}#/${route}`);
  await page.locator('main h1').first().waitFor();
  // Lazy parts (hours, guide texts, map) are drawn once the app marks the screen ready.
  await screenReady(page);
}

/** Describes digits drawn out of reading order or on different lines; empty when they read right. */
function misread(glyphs: readonly Glyph[]): string[] {
  const drawn = [...glyphs].sort((a, b) => a.left - b.left).map((g) => g.ch).join('');
  const typed = glyphs.map((g) => g.ch).join('');
  const lines = new Set(glyphs.map((g) => Math.round(g.top)));
  return [...(drawn === typed ? [] : [`drawn as ${drawn}`]), ...(lines.size === 1 ? [] : [`on ${lines.size} lines`])];
}

/** Every screen: no sideways scrolling, nav labels inside the screen; in Arabic script no split word. */
async function checkScreens(page: Page, lang: Lang): Promise<string[]> {
  const problems: string[] = [];
  const rtl = lang === 'ar' || lang === 'fa-AF';
  for (const screen of SCREENS) {
    await open(page, screen);
    const { extra, culprits } = await page.evaluate(sidewaysOverflow);
    if (extra > 0) problems.push(`#/${screen}: scrolls sideways by ${extra}px (${culprits.join('; ')})`);
    const navOut = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.navbar a span'))
        .filter((s) => {
          const r = s.getBoundingClientRect();
          return r.left < -0.5 || r.right > document.documentElement.clientWidth + 0.5;
        })
        .map((s) => s.textContent),
    );
    if (navOut.length) problems.push(`#/${screen}: nav labels cut off: ${navOut.join(', ')}`);
    for (const b of await page.evaluate(overlappingCallButtons)) problems.push(`#/${screen}: ${b}`);
    if (rtl) for (const w of await page.evaluate(splitArabicWords)) problems.push(`#/${screen}: word split over lines: ${w}`);
  }
  if (rtl) {
    for (const [route, where, number] of NUMBERS) {
      await open(page, route);
      const found = await page.evaluate(numberGlyphs, [where, number] as [string, string]);
      if (found.length === 0) problems.push(`#/${route}: ${number} not found in ${where}`);
      for (const glyphs of found) for (const m of misread(glyphs)) problems.push(`#/${route} ${where}: ${number} ${m}`);
    }
  }
  return problems;
}

describe('the screen list', () => {
  it('covers every route of the route table', () => {
    // The keys of SCREENS in src/app/screens.tsx, read as text: a new screen must join this test.
    const table = readFileSync('src/app/screens.tsx', 'utf8').split('export const SCREENS')[1] ?? '';
    const routes = [...table.matchAll(/^\s+'?([\w-]*)'?: /gm)].map((m) => m[1]);
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !SCREENS.some((s) => s.split(/[/?]/)[0] === r))).toEqual([]);
  });
});

describe('numbers and words in every language, at 320 and 360 px, at the largest text size', () => {
  // Both widths in one profile: the first visit and the restart are what differ, not the width,
  // and each profile's first visit and offline restart cost seconds of a CI run.
  const WIDTHS = [320, 360] as const;
  const atEachWidth = async (page: Page, lang: Lang): Promise<Record<number, string[]>> => {
    const found: Record<number, string[]> = {};
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 700 });
      found[width] = await checkScreens(page, lang);
    }
    return found;
  };
  const none = Object.fromEntries(WIDTHS.map((w) => [w, []]));
  for (const lang of ['ar', 'fa-AF', 'de', 'uk'] as Lang[]) {
    it(`${lang} at 320 and 360 px: first visit, then restarted from storage offline`, { timeout: 300_000 }, async () => {
      const context = await newContext(browser, { viewport: { width: WIDTHS[0], height: 700 } });
      const page = await context.newPage();
      await onLongestDay(page, lang);
      await firstVisit(page, lang);
      await textSize(page, lang, 3);
      // A favourite, so the favourites screen shows a row with its text.
      await open(page, `e/${AEBD}`);
      await page.locator('.detail-star').click();
      await page.waitForSelector('.detail-star[aria-pressed="true"]');
      const first = await atEachWidth(page, lang);

      await page.setViewportSize({ width: WIDTHS[0], height: 700 });
      await waitForOffline(page);
      await context.setOffline(true);
      await page.reload();
      await page.locator('main h1').first().waitFor();
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.textSize])).toEqual([lang, '3']);
      const again = await atEachWidth(page, lang);
      await context.close();
      expect({ first, again }).toEqual({ first: none, again: none });
    });
  }
});

describe('the smaller text sizes too, at 320 px', () => {
  for (const lang of ['ar', 'uk'] as Lang[]) {
    it(`${lang}: text sizes 1 and 2, every screen`, { timeout: 300_000 }, async () => {
      const context = await newContext(browser, { viewport: { width: 320, height: 700 } });
      const page = await context.newPage();
      await onLongestDay(page, lang);
      await firstVisit(page, lang);
      const problems: Record<string, string[]> = {};
      for (const size of [1, 2] as const) {
        await textSize(page, lang, size);
        problems[size] = await checkScreens(page, lang);
      }
      await context.close();
      expect(problems).toEqual({ 1: [], 2: [] });
    });
  }
});
