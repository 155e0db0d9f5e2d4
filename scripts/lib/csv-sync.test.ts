import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { sampleDirectory } from '../../src/directory/validate.samples';
import { formatCsv, parseCsv } from './csv';
import { exportCsv, importCsv } from './csv-sync';
import { loadData } from './load-data';

const scratchFolders: string[] = [];
/** A new empty folder, removed after the tests. */
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'data-'));
  scratchFolders.push(folder);
  return folder;
}
afterAll(() => scratchFolders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));


/** All files of a data folder with their bytes. */
function snapshot(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(files.filter((f) => /\.(ya?ml|geojson)$/.test(f)).map((f) => [f, readFileSync(join(folder, f), 'utf8')]));
}

/** A data folder written from the validator's samples: one file per category. */
function sampleFolder(): string {
  const folder = scratch();
  const { region, entries } = sampleDirectory();
  mkdirSync(join(folder, 'entries'));
  writeFileSync(join(folder, 'region.yaml'), stringify(region));
  writeFileSync(join(folder, 'entries', 'arbeit.yaml'), '# Arbeit: Quellen stehen bei jedem Eintrag.\n' + stringify(entries.filter((e) => e.category === 'arbeit')));
  writeFileSync(join(folder, 'entries', 'verwaltung.yaml'), stringify(entries.filter((e) => e.category === 'verwaltung')));
  const features = region.municipalities.map((m) => ({ type: 'Feature', properties: { ags: m.ags }, geometry: null }));
  writeFileSync(join(folder, 'boundaries.geojson'), JSON.stringify({ type: 'FeatureCollection', credit: 'test', features }));
  return folder;
}

/** Exports the folder, lets `edit` change the rows (header first), writes the sheet back. */
async function editedSheet(folder: string, edit: (rows: string[][], col: (name: string) => number) => void): Promise<string> {
  const csv = join(folder, 'sheet.csv');
  await exportCsv(folder, csv);
  const rows = parseCsv(readFileSync(csv, 'utf8'));
  edit(rows, (name) => rows[0]!.indexOf(name));
  writeFileSync(csv, formatCsv(rows));
  return csv;
}

describe('CSV export and import', () => {
  it('round-trips the project data without changing a byte', async () => {
    const folder = scratch();
    cpSync('data', folder, { recursive: true });
    const before = snapshot(folder);
    const csv = join(folder, 'all.csv');
    expect(await exportCsv(folder, csv)).toBeGreaterThan(0);
    const result = await importCsv(folder, csv);
    expect(result.problems.filter((p) => !p.warning)).toEqual([]);
    expect(result.written).toEqual([]);
    expect(snapshot(folder)).toEqual(before);
  });

  it('changes only the edited field and leaves other files and comments alone', async () => {
    const folder = sampleFolder();
    const before = snapshot(folder);
    const csv = await editedSheet(folder, (rows, col) => (rows[1]![col('phones')] = '05651 2283-1 | 05651 2283-200 (Fax)'));
    const result = await importCsv(folder, csv);
    expect(result.written).toEqual([join(folder, 'entries', 'arbeit.yaml')]);
    const after = snapshot(folder);
    expect(after['entries/verwaltung.yaml']).toBe(before['entries/verwaltung.yaml']);
    expect(after['entries/arbeit.yaml']).toContain('# Arbeit: Quellen stehen bei jedem Eintrag.');
    const data = await loadData(folder);
    expect(data.directory?.entries[0]?.phones.map((p) => p.number)).toEqual(['05651 2283-1', '05651 2283-200']);
    expect(data.directory?.entries[0]?.name).toBe(sampleDirectory().entries[0]!.name);
  });

  it('writes nothing when the sheet has an error, and names row and field', async () => {
    const folder = sampleFolder();
    const before = snapshot(folder);
    const csv = await editedSheet(folder, (rows, col) => (rows[2]![col('checked')] = '2025-02-30'));
    const result = await importCsv(folder, csv);
    expect(result.written).toEqual([]);
    expect(result.problems.filter((p) => !p.warning)).toEqual([
      expect.objectContaining({ file: csv, entry: 'rathaus-eschwege', field: 'checked', line: 3 }),
    ]);
    expect(snapshot(folder)).toEqual(before);
  });

  it('adds new rows to the file of their category and moves an entry whose category changed', async () => {
    const folder = sampleFolder();
    const csv = await editedSheet(folder, (rows, col) => {
      rows.push(rows[2]!.map((cell, i) => (i === col('id') ? 'rathaus-neu' : cell)));
      rows[1]![col('category')] = 'verwaltung';
    });
    const result = await importCsv(folder, csv);
    expect(result.problems.filter((p) => !p.warning)).toEqual([]);
    const data = await loadData(folder);
    expect(data.entryFiles.map((f) => [f.file.slice(folder.length), (f.value as { id: string }[]).map((e) => e.id)])).toEqual([
      ['/entries/arbeit.yaml', []],
      ['/entries/verwaltung.yaml', ['rathaus-eschwege', 'rathaus-witzenhausen', 'jobcenter-eschwege', 'rathaus-neu']],
    ]);
    expect(readFileSync(join(folder, 'entries', 'arbeit.yaml'), 'utf8')).toContain('# Arbeit');
  });

  it('keeps entries missing from the sheet unless asked to delete them', async () => {
    const folder = sampleFolder();
    const csv = await editedSheet(folder, (rows) => rows.splice(1, 1));
    const kept = await importCsv(folder, csv);
    expect(kept.written).toEqual([]);
    expect(kept.notes).toEqual([expect.stringContaining('1 Einträge stehen nicht in der Tabelle')]);
    const deleted = await importCsv(folder, csv, { deleteMissing: true });
    expect(deleted.written).toEqual([join(folder, 'entries', 'arbeit.yaml')]);
    expect((await loadData(folder)).directory?.entries.map((e) => e.id)).toEqual(['rathaus-eschwege', 'rathaus-witzenhausen']);
  });

  it('refuses to delete an entry that is still needed', async () => {
    const folder = sampleFolder();
    const before = snapshot(folder);
    const csv = await editedSheet(folder, (rows) => rows.splice(3, 1));
    const result = await importCsv(folder, csv, { deleteMissing: true });
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'municipalities.1.townHall' }));
    expect(snapshot(folder)).toEqual(before);
  });
});
