/**
 * Writes the table "Sources, newest first" in data/SOURCES.md from the data: `npm run data:sources`.
 * Only that table changes; the rules above it and the searches below it are written by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Guide } from '../src/guide/types';
import { formatProblem, loadData } from './lib/load-data';
import { SOURCES_HEADING, sourceRows, sourcesTable, withSourcesTable } from './lib/sources-md';

const folder = 'data';
const file = join(folder, 'SOURCES.md');
const data = await loadData(folder);
const errors = data.problems.filter((p) => !p.warning);
if (!data.directory || errors.length > 0) {
  for (const p of errors) console.log(`FEHLER  ${formatProblem(p)}`);
  console.log('data sources: erst die Fehler beheben (npm run data:check), dann die Tabelle schreiben.');
  process.exitCode = 1;
} else {
  const rows = sourceRows(data.directory.entries, data.guide as Guide | undefined);
  const before = readFileSync(file, 'utf8');
  const after = withSourcesTable(before, sourcesTable(rows));
  if (after === undefined) {
    console.log(`FEHLER  ${file}: Die Überschrift „${SOURCES_HEADING}“ fehlt.`);
    process.exitCode = 1;
  } else {
    if (after !== before) writeFileSync(file, after);
    console.log(`data sources: ${rows.length} Quellen, ${after === before ? 'Tabelle war aktuell' : `Tabelle in ${file} neu geschrieben`}.`);
  }
}
