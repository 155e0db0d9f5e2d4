/**
 * Checks the editable data: `npm run data:check [-- --verbose]`.
 * Prints every error as "file › entry › field: message", counts the warnings (lists them with
 * --verbose) and exits with 1 when there is an error, so CI and office staff see the same verdict.
 */
import type { Guide } from '../src/guide/types';
import { formatProblem, loadData } from './lib/load-data';
import { checkSourcesFile } from './lib/sources-md';

const verbose = process.argv.includes('--verbose');
const data = await loadData();
// data/SOURCES.md lists the sources of valid data only; with errors, those come first.
const sources = data.directory ? checkSourcesFile('data', data.directory.entries, data.guide as Guide | undefined) : [];
const errors = [...data.problems.filter((p) => !p.warning), ...sources];
const warnings = data.problems.filter((p) => p.warning);

for (const p of errors) console.log(`FEHLER  ${formatProblem(p)}`);
if (warnings.length > 0) {
  if (verbose) for (const p of warnings) console.log(`Hinweis ${formatProblem(p)}`);
  else console.log(`${warnings.length} Hinweise (Warnungen): anzeigen mit  npm run data:check -- --verbose`);
}
const { entries, municipalities, categories } = data.counts;
const guide = data.guideFiles.length > 0 ? `, ${data.guideFiles.length} guide files` : '';
console.log(
  `data check: ${entries} entries, ${municipalities} municipalities, ${categories} categories${guide}: ` +
    `${errors.length} errors, ${warnings.length} warnings`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
