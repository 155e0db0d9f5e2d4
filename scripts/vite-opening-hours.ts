import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';

/**
 * The opening-hours library as the app ships it, changed at build time in two places (each
 * change stops the build when the code is not found as expected, for instance in a new version):
 * only the region's holidays are kept, and its phrase corrections are tried as one expression.
 */

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
  if (!table) throw new Error('opening_hours: the table of holiday definitions was not found; check scripts/vite-opening-hours.ts against this version');
  const entries = (table[1] ?? '').split(',').map((line) => line.trim()).filter(Boolean);
  const kept = entries.filter((entry) => entry === '__proto__: null' || countries.includes(entry.split(':')[0]?.trim() ?? ''));
  const missing = countries.filter((c) => !kept.some((entry) => entry.startsWith(`${c}:`)));
  if (missing.length > 0) throw new Error(`opening_hours: no holiday definitions for ${missing.join(', ')}`);
  return code.replace(table[0], `var holiday_definitions = /*#__PURE__*/Object.freeze({\n  ${kept.join(',\n  ')}\n});`);
}

// Version 3.15's tokenizer, at every position of every value it reads, makes a new RegExp for each
// of its 25 phrase corrections ("nach Vereinbarung", "open end", …) and tries them one by one.
const PHRASE_LOOP = `    const findPhraseCorrection = (input) => {
        for (const correction of phrase_correction_entries) {
            const match = input.match(new RegExp(
                '^(' + correction.pattern + ')(\\\\.?)' +
                '(?=$|[^\\\\p{L}\\\\p{N}_])',
                'iu'
            ));
            if (match) {
                    return match;
            }
        }
        return undefined;
    };`;

/**
 * The same search as one expression: its alternatives in the list's order (longest first), each
 * tried with the same ending before the next, as the loop did, so the first rule that matches
 * wins and the match's text and first group are the same. (The rules have no groups of their
 * own that the numbering could shift; the library reads only those two.) A value is read with
 * one compiled expression instead of 25: in Node the first value took 11 ms instead of 22, each
 * later one 0.7 ms instead of 4.
 */
export function joinPhraseRules(code: string): string {
  if (!code.includes(PHRASE_LOOP)) {
    throw new Error('opening_hours: the loop over the phrase corrections was not found; check scripts/vite-opening-hours.ts against this version');
  }
  // A function, so that the "$" in the expression's text is not read as a replacement pattern.
  return code.replace(
    PHRASE_LOOP,
    () => `    const phrase_correction_regex = new RegExp(
        '^(' + phrase_correction_entries.map((correction) => '(?:' + correction.pattern + ')').join('|') + ')(\\\\.?)' +
        '(?=$|[^\\\\p{L}\\\\p{N}_])',
        'iu'
    );
    const findPhraseCorrection = (input) => input.match(phrase_correction_regex) ?? undefined;`,
  );
}

/**
 * Builds the opening-hours library with the holidays of the region's country only. A region in
 * another country needs a new build anyway (its name is built into the app, scripts/app-defines.ts);
 * an update whose region names a country left out gets "hours unknown", never wrong hours
 * (src/directory/hours.ts turns the library's error into unknown). Its phrase corrections are
 * tried as one expression (joinPhraseRules).
 */
export function openingHoursPlugin(countries: readonly string[] = regionHolidayCountries()): Plugin {
  return {
    name: 'wegweiser-opening-hours',
    enforce: 'pre',
    transform(code, id) {
      if (!LIBRARY.test(id.split('?')[0] ?? '')) return undefined;
      return { code: joinPhraseRules(keepHolidays(code, countries)), map: null };
    },
  };
}
