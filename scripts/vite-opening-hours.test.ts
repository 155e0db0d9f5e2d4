import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import OpeningHours from 'opening_hours';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadData } from './lib/load-data';
import { tempTree } from './lib/temp-tree';
import { joinPhraseRules, keepHolidays, regionHolidayCountries } from './vite-opening-hours';

const LIBRARY_FILE = 'node_modules/opening_hours/build/opening_hours.esm.mjs';

const SAMPLE = `const at = { PH: [] };
const de = { Hessen: { PH: [] } };
var holiday_definitions = /*#__PURE__*/Object.freeze({
  __proto__: null,
  at: at,
  de: de
});
const holidayDefinitions = holiday_definitions;`;

const table = (code: string) => /Object\.freeze\(\{\n([^}]*)\}\);/.exec(code)?.[1]?.split(',').map((s) => s.trim());

describe('the opening-hours library with the region’s holidays only', () => {
  it('keeps the named countries in the table and nothing else is changed', () => {
    const out = keepHolidays(SAMPLE, ['de']);
    expect(table(out)).toEqual(['__proto__: null', 'de: de']);
    expect(out.replace(/var holiday_definitions[\s\S]*?\}\);/, '')).toBe(SAMPLE.replace(/var holiday_definitions[\s\S]*?\}\);/, ''));
  });

  it('stops the build when the table is not there or a country is missing from it', () => {
    expect(() => keepHolidays('export const x = 1;', ['de'])).toThrow(/table of holiday definitions was not found/);
    expect(() => keepHolidays(SAMPLE, ['fr'])).toThrow(/no holiday definitions for fr/);
  });

  it('finds the table in the installed library, which knows many countries', () => {
    const code = readFileSync(LIBRARY_FILE, 'utf8');
    expect(table(code)?.length).toBeGreaterThan(40);
    expect(table(keepHolidays(code, regionHolidayCountries()))).toEqual(['__proto__: null', 'de: de']);
  });

  it('takes the country from the region’s data', () => {
    expect(regionHolidayCountries()).toEqual([(/country: (\w+)/.exec(readFileSync('data/region.yaml', 'utf8')) ?? [])[1]]);
  });

  it('is the library the tests load: Hessen’s holidays are there, another country’s are not', () => {
    const at = (country: string, state: string) => new OpeningHours('PH', { lat: 51.18, lon: 10.05, address: { country_code: country, state } });
    // 3 October, German Unity Day.
    expect(at('de', 'Hessen').getState(new Date(2026, 9, 3, 12))).toBe(true);
    expect(() => at('at', 'Wien').getState(new Date(2026, 9, 26, 12))).toThrow();
  });
});

type Library = typeof OpeningHours;
const PLACE = { lat: 51.18, lon: 10.05, address: { country_code: 'de', state: 'Hessen' } };

/** What the library makes of a value: its error, or its own reading, warnings and a week of hours (Christmas included). */
function reading(Library: Library, value: string): unknown {
  try {
    const hours = new Library(value, PLACE);
    return {
      pretty: hours.prettifyValue(),
      warnings: hours.getWarnings(),
      week: hours.getOpenIntervals(new Date(2026, 11, 21), new Date(2026, 11, 28)).map(([from, to, unknown, comment]) => [from.toISOString(), to.toISOString(), unknown, comment]),
    };
  } catch (error) {
    return { error: String(error) };
  }
}

// Each phrase rule of the library at least once (several where a longer rule starts like a shorter
// one), in German, English and French; canonical values; free text; invalid values.
const PHRASES = [
  'Mo-Sa 09:00-18:00; Sonn- und Feiertags off',
  'Mo-Fr 10:00-18:00; an Sonn/Feiertagen off',
  'nur sonn- und feiertags 10:00-12:00',
  'Fr 20:00-open end',
  'Sa 20:00 till late',
  'Fr 18:00 bis openend',
  'day before public holiday 10:00-14:00',
  'one day after public holiday off',
  'Mo-Fr 09:00-17:00 sur rendez-vous',
  'Mo 09:00-12:00 sur rdv',
  'Mo-Fr 08:00-16:00; an Feiertagen off',
  'Mo-Fr 08:00-16:00; feiertag off',
  'Mo 09:00-12:00 on appointment',
  'Mo 09:00-12:00 by appointments',
  'by_appointment',
  'Di 14:00-16:00 nach Vereinbarung',
  'Di 14:00-16:00, nach Absprache',
  'nach_vereinbarung',
  '24 hours 7 days a week',
  'Mo-Fr 24 hours',
  'always open',
  'always closed',
  '7 days a week 08:00-20:00',
  '7 days/week 10:00-18:00',
  'every day 08:00-20:00',
  'all days 09:00-17:00',
  'all day',
  'Mo-Fr 08:00-12:00; public holidays off',
  'Mo-Fr 08:00-12:00; holiday off',
  'Mo-Fr 08:00-12:00; school holidays off',
  'on work days 08:00-16:00',
  'on work day 08:00-16:00',
  'opening_hours = Mo-Fr 08:00-18:00',
  'Mo-Fr 08:00-12:00; jours fériés fermé',
];
const OTHERS = [
  'Mo-Fr 08:00-12:00',
  'Mo-Fr 08:00-12:00,13:00-16:00; Sa 10:00-12:00 "nur nach Termin"',
  'Mo-Fr 08:00-16:00 || "nach Vereinbarung"',
  'Tu 09:00-12:00; Th 14:00-18:00; Dec 24 off; PH off',
  'sunrise-sunset',
  '24/7',
  'Montag bis Freitag 8 bis 16 Uhr',
  'Mo.-Fr. 8-12 Uhr',
  'täglich 10-18 Uhr',
  'Mo-Fr 25:00-26:00',
  'foo bar',
];

describe('the phrase corrections tried as one expression', () => {
  const tree = tempTree('opening-hours-');
  let before: Library;
  let after: Library;
  beforeAll(async () => {
    // Both versions loaded by Node itself, the library's import of suncalc pointed at the installed one.
    const suncalc = pathToFileURL(createRequire(join(process.cwd(), LIBRARY_FILE)).resolve('suncalc')).href;
    const code = readFileSync(LIBRARY_FILE, 'utf8').replace(/from 'suncalc';/, `from '${suncalc}';`)
      .replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
    tree.plant({ 'before.mjs': code, 'after.mjs': joinPhraseRules(code) });
    const load = async (name: string) => ((await import(/* @vite-ignore */ pathToFileURL(join(tree.root, name)).href)) as { default: Library }).default;
    [before, after] = [await load('before.mjs'), await load('after.mjs')];
  });
  afterAll(() => tree.remove());

  it('reads every value as the library’s own loop over them does', async () => {
    const real = (await loadData()).directory?.entries.flatMap((e) => e.openingHours ?? []) ?? [];
    expect(real.length).toBeGreaterThan(10);
    for (const value of [...PHRASES, ...OTHERS, ...real]) expect(reading(after, value), value).toEqual(reading(before, value));
  });

  it('corrects the phrases (the comparison covers them)', () => {
    for (const value of PHRASES) {
      const read = reading(before, value) as { warnings?: string[] };
      expect(read.warnings?.length ?? 0, value).toBeGreaterThan(0);
    }
  });

  it('stops the build when the loop is not there', () => {
    expect(() => joinPhraseRules('export const x = 1;')).toThrow(/loop over the phrase corrections was not found/);
  });

  it('is the library the tests load', () => {
    expect(String(OpeningHours)).toContain('phrase_correction_regex');
    expect(String(OpeningHours)).not.toContain('for (const correction of phrase_correction_entries)');
  });
});
