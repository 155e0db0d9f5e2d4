/**
 * Entries as a spreadsheet for office staff:
 *   npx tsx scripts/data-csv.ts export out.csv
 *   npx tsx scripts/data-csv.ts import in.csv [--delete-missing]
 * Import checks the whole sheet first and changes nothing when there is an error.
 */
import { exportCsv, importCsv } from './lib/csv-sync';
import { formatProblem } from './lib/load-data';

const [command, file] = process.argv.slice(2);
const folder = 'data';

if (command === 'export' && file) {
  const rows = await exportCsv(folder, file);
  console.log(`data csv: ${rows} Einträge nach ${file} geschrieben (UTF-8, Semikolon).`);
} else if (command === 'import' && file) {
  const result = await importCsv(folder, file, { deleteMissing: process.argv.includes('--delete-missing') });
  const errors = result.problems.filter((p) => !p.warning);
  for (const p of errors) console.log(`FEHLER  ${formatProblem(p)}`);
  for (const note of result.notes) console.log(note);
  if (errors.length > 0) {
    console.log(`data csv: ${errors.length} Fehler, nichts geändert.`);
    process.exitCode = 1;
  } else {
    console.log(`data csv: ${result.written.length === 0 ? 'keine Änderungen' : `geändert: ${result.written.join(', ')}`}.`);
  }
} else {
  console.error('usage: tsx scripts/data-csv.ts export <out.csv> | import <in.csv> [--delete-missing]');
  process.exitCode = 2;
}
