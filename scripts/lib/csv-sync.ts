/**
 * Spreadsheet export and import of the entries. Import validates everything first and then edits
 * the YAML files field by field, so comments and untouched entries stay exactly as they were.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isNode, isSeq } from 'yaml';
import type { Entry } from '../../src/directory/types';
import { validateDirectory, validateEntry } from '../../src/directory/validate';
import { entryLabel } from '../../src/directory/validate-entry';
import { formatCsv, parseCsv } from './csv';
import { COLUMNS, entryToRow, rowToEntry } from './entry-row';
import { type LocatedProblem, loadData } from './load-data';

const ENTRY_KEYS: readonly (keyof Entry)[] = [
  'id', 'category', 'rank', 'name', 'description', 'scope', 'address', 'location', 'phones', 'email', 'website',
  'openingHours', 'hoursNote', 'languages', 'barrierFree', 'bring', 'transit', 'keywords', 'sources', 'checked', 'conflicts',
  'locatedElsewhere',
];
const YAML_OUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Writes all entries to a CSV file; refuses when the data has errors. Returns the number of rows. */
export async function exportCsv(folder: string, out: string): Promise<number> {
  const data = await loadData(folder);
  if (!data.directory) throw new Error('Die Daten haben Fehler; bitte erst "npm run data:check" ausführen und die Fehler beheben.');
  const rows = data.directory.entries.map((e) => {
    const row = entryToRow(e);
    return COLUMNS.map((c) => row[c] ?? '');
  });
  writeFileSync(out, formatCsv([COLUMNS, ...rows]));
  return rows.length;
}

/** Equality that treats "fax: false" like no fax field, as the sheet does. */
function same(a: unknown, b: unknown): boolean {
  const canon = (v: unknown) => JSON.stringify(v, (key, value) => (key === 'fax' && value === false ? undefined : value));
  return canon(a) === canon(b);
}

/** One entry of the merged data: where it is in YAML now (if anywhere) and where its values come from. */
interface Item {
  readonly raw: unknown;
  readonly yaml?: { readonly file: string; readonly position: number };
  readonly csvRow?: number;
}

/** What an import did or why it did nothing. */
export interface ImportResult {
  readonly problems: readonly LocatedProblem[];
  readonly written: readonly string[];
  readonly notes: readonly string[];
}

/** Reads a CSV file into raw entries, or reports why it cannot. */
function readRows(csvFile: string, problems: LocatedProblem[]): Record<string, unknown>[] {
  const [header = [], ...rows] = parseCsv(readFileSync(csvFile, 'utf8'));
  const names = header.map((h) => h.trim());
  const missing = COLUMNS.filter((c) => !names.includes(c));
  const extra = names.filter((n) => !COLUMNS.includes(n));
  if (missing.length > 0 || extra.length > 0) {
    problems.push({ file: csvFile, field: '', line: 1, message: `Die Spalten passen nicht. Fehlend: ${missing.join(', ') || '–'}; unbekannt: ${extra.join(', ') || '–'}.` });
    return [];
  }
  return rows.map((cells) => rowToEntry(Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']))));
}

/** Imports a CSV file into the YAML files of `folder`; with deleteMissing, entries not in the sheet are removed. */
export async function importCsv(folder: string, csvFile: string, options: { readonly deleteMissing?: boolean } = {}): Promise<ImportResult> {
  const data = await loadData(folder);
  const problems: LocatedProblem[] = [];
  const notes: string[] = [];
  const region = data.directory?.region;
  if (!region || data.entryFiles.some((f) => !Array.isArray(f.value))) {
    return { problems: [{ field: '', message: 'Die YAML-Daten haben Fehler; bitte erst "npm run data:check" ausführen und die Fehler beheben.' }], written: [], notes };
  }
  const rows = readRows(csvFile, problems);
  if (problems.length > 0) return { problems, written: [], notes };

  const byId = new Map<unknown, number>();
  rows.forEach((row, i) => byId.set(row.id, i));
  const items: Item[] = [];
  const used = new Set<number>();
  for (const f of data.entryFiles) {
    (f.value as unknown[]).forEach((raw, position) => {
      const row = byId.get((raw as { id?: unknown }).id);
      if (row !== undefined && !used.has(row)) {
        used.add(row);
        items.push({ raw: rows[row], yaml: { file: f.file, position }, csvRow: row });
      } else if (options.deleteMissing) notes.push(`gelöscht: ${entryLabel(raw, position)}`);
      else items.push({ raw, yaml: { file: f.file, position } });
    });
  }
  rows.forEach((raw, row) => used.has(row) || items.push({ raw, csvRow: row }));
  const kept = items.filter((i) => i.csvRow === undefined).length;
  if (kept > 0) notes.push(`${kept} Einträge stehen nicht in der Tabelle und bleiben unverändert (löschen mit --delete-missing).`);

  const entrySources = items.map((i) => (i.csvRow !== undefined ? { file: csvFile, position: i.csvRow } : i.yaml!));
  const raw = { format: 1, version: data.directory!.version, asOf: data.directory!.asOf, region, entries: items.map((i) => i.raw) };
  const checked = validateDirectory(raw, { entrySources, regionFile: join(folder, 'region.yaml') });
  for (const p of checked.problems) {
    const row = p.file === csvFile ? rows.findIndex((r, i) => entryLabel(r, i) === p.entry) : -1;
    problems.push({ ...p, ...(row >= 0 && { line: row + 2 }) });
  }
  if (!checked.ok) return { problems, written: [], notes };
  return { problems, written: applyToYaml(folder, data.entryFiles, items, checked.value.entries, region, options), notes };
}

/** The file that holds most entries of a category, or a new file named after it. */
function fileFor(category: string, folder: string, entries: readonly { readonly file: string; readonly category: unknown }[]): string {
  const counts = new Map<string, number>();
  for (const e of entries) if (e.category === category) counts.set(e.file, (counts.get(e.file) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? join(folder, 'entries', `${category}.yaml`);
}

/** Edits the YAML documents so they hold `entries`; returns the files written. */
function applyToYaml(
  folder: string,
  files: Awaited<ReturnType<typeof loadData>>['entryFiles'],
  items: readonly Item[],
  entries: readonly Entry[],
  region: NonNullable<Awaited<ReturnType<typeof loadData>>['directory']>['region'],
  options: { readonly deleteMissing?: boolean },
): string[] {
  const docs = new Map(files.map((f) => [f.file, f.doc]));
  const changed = new Set<string>();
  const located = files.flatMap((f) => (f.value as unknown[]).map((raw) => ({ file: f.file, category: (raw as { category?: unknown }).category })));
  const removals: { file: string; position: number }[] = [];
  const appends: { file: string; entry: Entry }[] = [];
  const listed = new Set(items.filter((i) => i.yaml).map((i) => `${i.yaml!.file}#${i.yaml!.position}`));
  if (options.deleteMissing) {
    files.forEach((f) => (f.value as unknown[]).forEach((_, position) => listed.has(`${f.file}#${position}`) || removals.push({ file: f.file, position })));
  }
  items.forEach((item, i) => {
    const entry = entries[i]!;
    if (!item.yaml) return void appends.push({ file: fileFor(entry.category, folder, located), entry });
    const old = (files.find((f) => f.file === item.yaml!.file)!.value as unknown[])[item.yaml.position];
    const oldEntry = validateEntry(old, region);
    const before = (oldEntry.ok ? oldEntry.value : old) as Record<string, unknown>;
    if (before.category !== entry.category) {
      removals.push(item.yaml);
      return void appends.push({ file: fileFor(entry.category, folder, located), entry });
    }
    const doc = docs.get(item.yaml.file)!;
    for (const key of ENTRY_KEYS) {
      if (same(before[key], entry[key])) continue;
      if (entry[key] === undefined) doc.deleteIn([item.yaml.position, key]);
      else doc.setIn([item.yaml.position, key], doc.createNode(entry[key]));
      changed.add(item.yaml.file);
    }
  });
  for (const { file, position } of removals.sort((a, b) => b.position - a.position)) {
    const doc = docs.get(file)!;
    // The file's opening comment hangs on its first entry; keep it when that entry goes.
    const first = position === 0 && isSeq(doc.contents) ? doc.contents.items[0] : undefined;
    if (isNode(first) && first.commentBefore) doc.commentBefore = [doc.commentBefore, first.commentBefore].filter(Boolean).join('\n');
    doc.deleteIn([position]);
    changed.add(file);
  }
  for (const { file, entry } of appends) {
    if (!docs.has(file)) docs.set(file, new Document([]));
    const doc = docs.get(file)!;
    if (!isSeq(doc.contents)) doc.contents = doc.createNode([]);
    doc.add(doc.createNode(entry));
    changed.add(file);
  }
  for (const file of changed) writeFileSync(file, docs.get(file)!.toString(YAML_OUT));
  return [...changed].sort();
}
