import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

// The library's ES module build, which bundles the public and school holidays of every country
// it knows (about 60) into one frozen object: more than half of its 714 KB once minified.
const LIBRARY = /node_modules\/opening_hours\/build\/opening_hours\.esm\.mjs$/;
const DEFINITIONS = /var holiday_definitions = \/\*#__PURE__\*\/Object\.freeze\(\{\n([^}]*)\}\);/;

/** The holiday country of the region (data/region.yaml): the only one the app asks the library about. */
export function regionHolidayCountries(file = 'data/region.yaml'): string[] {
  const region = parse(readFileSync(file, 'utf8')) as { holidays?: { country?: string } };
  const country = region.holidays?.country;
  if (!country) throw new Error(`${file}: holidays.country is missing`);
  return [country];
}

/**
 * The library's code with only these countries' holidays left in its table; the other countries'
 * definitions are then unused constants, which the bundler drops. Throws when the table is not
 * found as expected (a new version of the library) or a country is not in it, so the build stops
 * instead of shipping a library that knows no holidays.
 */
export function keepHolidays(code: string, countries: readonly string[]): string {
  const table = DEFINITIONS.exec(code);
  if (!table) throw new Error('opening_hours: the table of holiday definitions was not found; check scripts/vite-holidays.ts against this version');
  const entries = (table[1] ?? '').split(',').map((line) => line.trim()).filter(Boolean);
  const kept = entries.filter((entry) => entry === '__proto__: null' || countries.includes(entry.split(':')[0]?.trim() ?? ''));
  const missing = countries.filter((c) => !kept.some((entry) => entry.startsWith(`${c}:`)));
  if (missing.length > 0) throw new Error(`opening_hours: no holiday definitions for ${missing.join(', ')}`);
  return code.replace(table[0], `var holiday_definitions = /*#__PURE__*/Object.freeze({\n  ${kept.join(',\n  ')}\n});`);
}

/**
 * Builds the opening-hours library with the holidays of the region's country only. A region in
 * another country needs a new build anyway (its name is built into the app, scripts/app-defines.ts);
 * an update whose region names a country left out gets "hours unknown", never wrong hours
 * (src/directory/hours.ts turns the library's error into unknown).
 */
export function holidaysPlugin(countries: readonly string[] = regionHolidayCountries()): Plugin {
  return {
    name: 'wegweiser-holidays',
    enforce: 'pre',
    transform(code, id) {
      if (!LIBRARY.test(id.split('?')[0] ?? '')) return undefined;
      return { code: keepHolidays(code, countries), map: null };
    },
  };
}
