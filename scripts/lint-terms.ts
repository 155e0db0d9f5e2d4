/**
 * Checks every UI and data text against the terminology: `npm run lint:terms`.
 * Prints "file › key: message" for each retired word, non-Latin digit and key office named
 * without its German name, and exits with 1 when there is one. Rules: locales/terminology.yaml.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type TermSpec, type Text, checkTerms, dataTexts, localeTexts } from './lib/terms';

const terms = (parse(readFileSync('locales/terminology.yaml', 'utf8')) as { terms: TermSpec[] }).terms;
const texts: Text[] = [];

for (const lang of ['uk', 'ar', 'fa-AF']) {
  for (const file of readdirSync(join('locales', lang)).filter((f) => f.endsWith('.json')).sort()) {
    const path = `locales/${lang}/${file}`;
    texts.push(...localeTexts(path, lang, JSON.parse(readFileSync(path, 'utf8'))));
  }
}
const dataFiles = [
  'data/region.yaml',
  ...['data/entries', 'data/guide'].flatMap((dir) =>
    readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => `${dir}/${f}`),
  ),
];
for (const file of dataFiles) texts.push(...dataTexts(file, parse(readFileSync(file, 'utf8'))));

const findings = checkTerms(terms, texts);
for (const f of findings) console.log(`${f.where}: ${f.message}`);
console.log(`terminology: ${texts.length} texts, ${terms.length} terms: ${findings.length} problems`);
process.exitCode = findings.length > 0 ? 1 : 0;
