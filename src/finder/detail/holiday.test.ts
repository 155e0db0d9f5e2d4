import { readFileSync } from 'node:fs';
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { HOLIDAY_KEYS } from './Holiday';

/** The names the library gives the public holidays of a state in one year, asked day by day. */
function holidayNames(state: string, year: number): string[] {
  const oh = new OpeningHours('PH', { lat: 51.18, lon: 10.05, address: { country_code: 'de', state } });
  const names = new Set<string>();
  for (let d = new Date(year, 0, 1); d.getFullYear() === year; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    if (oh.getState(d)) names.add(oh.getComment(d) ?? '');
  }
  return [...names];
}

const holidayTexts = (lang: string) =>
  (JSON.parse(readFileSync(`locales/${lang}/detail.json`, 'utf8')) as { holidayName: Record<string, string> }).holidayName;

describe('public holiday names', () => {
  const names = holidayNames('Hessen', 2026);

  it('knows every holiday the library names for Hessen', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => !(n in HOLIDAY_KEYS))).toEqual([]);
  });

  it.each(['uk', 'ar', 'fa-AF'])('translates each of them in %s, not as the German word', (lang) => {
    const texts = holidayTexts(lang);
    for (const name of names) {
      const text = texts[HOLIDAY_KEYS[name] ?? ''];
      expect(text, name).toBeTruthy();
      expect(text).not.toContain(name);
    }
  });
});
