import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { sampleDirectory } from '../../src/directory/validate.samples';
import { buildData } from './build';
import { formatProblem, loadData } from './load-data';

const scratchFolders: string[] = [];
/** A new empty folder, removed after the tests. */
function scratch(): string {
  const folder = mkdtempSync(join(tmpdir(), 'data-'));
  scratchFolders.push(folder);
  return folder;
}
afterAll(() => scratchFolders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));


/** A data folder from the samples; `entries` is the text of data/entries/all.yaml. */
function folderWith(entries?: string, municipalities = sampleDirectory().region.municipalities): string {
  const folder = scratch();
  const { region, entries: list } = sampleDirectory();
  mkdirSync(join(folder, 'entries'));
  writeFileSync(join(folder, 'region.yaml'), stringify(region));
  writeFileSync(join(folder, 'entries', 'all.yaml'), entries ?? stringify(list));
  const features = municipalities.map((m) => ({ type: 'Feature', properties: { ags: m.ags }, geometry: null }));
  writeFileSync(join(folder, 'boundaries.geojson'), JSON.stringify({ type: 'FeatureCollection', credit: 'test', features }));
  return folder;
}

describe('loadData', () => {
  it('reads valid data and counts it', async () => {
    const data = await loadData(folderWith());
    expect(data.problems.filter((p) => !p.warning)).toEqual([]);
    expect(data.counts).toEqual({ entries: 3, municipalities: 2, categories: 2 });
    expect(data.directory?.version).toBe('2025-03-03T00:00:00Z');
  });

  it('reports a YAML syntax error with its line', async () => {
    const text = stringify(sampleDirectory().entries).replace('  category: arbeit\n', '  category: arbeit\n   bad: indent\n');
    const data = await loadData(folderWith(text));
    expect(data.directory).toBeUndefined();
    expect(data.problems[0]).toMatchObject({ file: expect.stringMatching(/all\.yaml$/), message: expect.stringMatching(/^YAML-Schreibfehler in Zeile 2, Spalte 13: [^\n]*[a-z]$/) });
  });

  it('prints a field problem as file › entry › field with the line of the field', async () => {
    const text = stringify(sampleDirectory().entries).replace('number: 05651 2283-0', 'number: 05651 22x3-0');
    const folder = folderWith(text);
    const problem = (await loadData(folder)).problems.find((p) => !p.warning)!;
    const line = text.split('\n').findIndex((l) => l.includes('22x3')) + 1;
    expect(formatProblem(problem)).toBe(
      `${join(folder, 'entries', 'all.yaml')} › jobcenter-eschwege › phones.0.number: ${problem.message} (Zeile ${line})`,
    );
  });

  it('reports a municipality without a boundary feature', async () => {
    const data = await loadData(folderWith(undefined, sampleDirectory().region.municipalities.slice(0, 1)));
    expect(data.problems.filter((p) => !p.warning)).toEqual([
      expect.objectContaining({ field: 'features', message: expect.stringContaining('Witzenhausen (06636016)') }),
    ]);
  });

  it('warns when the region bbox cuts off part of the boundaries', async () => {
    const folder = folderWith();
    const features = [{ type: 'Feature', properties: { ags: '06636003' }, geometry: { type: 'Polygon', coordinates: [[[10, 51], [10.3, 51.5], [9.9, 51.2], [10, 51]]] } },
      { type: 'Feature', properties: { ags: '06636016' }, geometry: null }];
    writeFileSync(join(folder, 'boundaries.geojson'), JSON.stringify({ type: 'FeatureCollection', credit: 'test', features }));
    const data = await loadData(folder);
    expect(data.problems).toContainEqual(expect.objectContaining({ field: 'bbox', warning: true, message: expect.stringContaining('[51, 9.9, 51.5, 10.3]') }));
  });

  it('reports a file that is not a list of entries', async () => {
    const data = await loadData(folderWith('id: x\n'));
    expect(data.problems.filter((p) => !p.warning).map((p) => p.message)).toContainEqual(expect.stringContaining('Liste von Einträgen'));
  });
});

describe('loadData: the data version', () => {
  it('takes the edit day from version.yaml, and refuses one older than a source', async () => {
    const folder = folderWith();
    writeFileSync(join(folder, 'version.yaml'), 'edited: "2026-11-30"\n');
    expect((await loadData(folder)).directory?.version).toBe('2026-11-30T00:00:00Z');
    writeFileSync(join(folder, 'version.yaml'), 'edited: "2025-01-01"\n');
    const data = await loadData(folder);
    expect(data.problems.filter((p) => !p.warning).map((p) => [p.file, p.field])).toEqual([[join(folder, 'version.yaml'), 'edited']]);
  });
});

describe('loadData: rules about today', () => {
  it('fails the real guide once a review-by day has passed, on every page, with the line of that field', async () => {
    // Each page's steps as the YAML has them: topics.yaml is a list, the pages have `steps`.
    const read = (name: string) => parse(readFileSync(join('data', 'guide', `${name}.yaml`), 'utf8')) as unknown;
    type Dated = { id: string; reviewBy: string };
    const pages: [string, Dated[]][] = [
      ...['ukraine', 'asylum', 'protection'].map((name): [string, Dated[]] => [name, (read(name) as { steps: Dated[] }).steps]),
      ['topics', read('topics') as Dated[]],
    ];
    // The day after the topics' review-by day (2027-03-01): every page then has a step due.
    const day = '2027-03-02';
    const overdue = pages.flatMap(([name, steps]) => steps.filter((s) => s.reviewBy < day).map((s) => `${name} ${s.id}`));
    for (const [name] of pages) expect(overdue.some((o) => o.startsWith(`${name} `))).toBe(true);
    const data = await loadData('data', new Date(`${day}T12:00:00`));
    const found = data.problems.filter((p) => p.field.endsWith('.reviewBy') && !p.warning);
    expect(found.map((p) => `${basename(p.file ?? '', '.yaml')} ${p.entry}`).sort()).toEqual([...overdue].sort());
    for (const p of found) expect(readFileSync(p.file ?? '', 'utf8').split('\n')[(p.line ?? 0) - 1]).toMatch(/^\s+reviewBy: /);
  });

  it('reports a phone number in a description that the entry does not list', async () => {
    const { entries } = sampleDirectory();
    const changed = entries.map((e, i) => (i === 1 ? { ...e, description: { ...e.description, de: 'Rathaus, Telefon 05651 304-0.' } } : e));
    const data = await loadData(folderWith(stringify(changed)));
    expect(data.problems.filter((p) => !p.warning).map(formatProblem)).toEqual([
      expect.stringMatching(/^.*all\.yaml › rathaus-eschwege › description\.de: Im Text steht die Nummer 05651 304-0, .*\(Zeile \d+\)$/),
    ]);
  });
});

describe('buildData', () => {
  it('writes the same bytes for the same data', async () => {
    const folder = folderWith();
    const [a, b] = [join(folder, 'out-a'), join(folder, 'out-b')];
    expect((await buildData(folder, a)).ok).toBe(true);
    expect((await buildData(folder, b)).ok).toBe(true);
    const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');
    expect(read(a, 'directory.json')).toBe(read(b, 'directory.json'));
    expect(JSON.parse(read(a, 'directory.json'))).toEqual(sampleDirectory());
    expect(read(a, 'boundaries.geojson')).toBe(readFileSync(join(folder, 'boundaries.geojson'), 'utf8'));
  });

  it('writes nothing when there is an error', async () => {
    const folder = folderWith('- id: x\n');
    const result = await buildData(folder, join(folder, 'out'));
    expect(result.ok).toBe(false);
    expect(() => readFileSync(join(folder, 'out', 'directory.json'))).toThrow();
  });
});
