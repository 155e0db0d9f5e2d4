import { readFileSync } from 'node:fs';
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { keepHolidays, regionHolidayCountries } from './vite-holidays';

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
    const code = readFileSync('node_modules/opening_hours/build/opening_hours.esm.mjs', 'utf8');
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
