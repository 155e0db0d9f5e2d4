/**
 * Reads the editable data (data/region.yaml, data/entries/*.yaml, data/boundaries.geojson and
 * data/guide/*.yaml), assembles the Directory and validates everything. Shared by data:check,
 * data:build and data:csv, so all three judge the data the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Problem } from '../../src/directory/problems';
import type { Directory } from '../../src/directory/types';
import { validateDirectory } from '../../src/directory/validate';
import { checkDirectoryPolicy } from '../../src/directory/validate-policy';
import { checkGuideReferences, checkGuideReview, validateGuideParts } from '../../src/guide/validate';
import { entryLabel } from '../../src/directory/validate-entry';
import { isIsoDate } from '../../src/directory/validate-fields';
import { fieldPath, readYaml, type YamlFile } from './yaml-file';

/** A problem with the line of the source file it points at, when known. */
export type LocatedProblem = Problem & { readonly line?: number };

/** Everything read from the data folder. */
export interface LoadedData {
  readonly problems: readonly LocatedProblem[];
  /** The checked directory, when it has no errors. */
  readonly directory?: Directory;
  /** The checked guide, when guide files exist and have no errors. */
  readonly guide?: unknown;
  readonly guideFiles: readonly string[];
  readonly boundariesFile: string;
  readonly entryFiles: readonly YamlFile[];
  readonly counts: { readonly entries: number; readonly municipalities: number; readonly categories: number };
}

/** Files of a folder with the given extension, sorted so every run reads them in the same order. */
export function listFiles(folder: string, ext: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => name.endsWith(ext)).sort().map((name) => join(folder, name));
}

function lengthOf(obj: unknown, key: string): number {
  const value = typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>)[key] : undefined;
  return Array.isArray(value) ? value.length : 0;
}

/**
 * Newest full date among the raw entries' documented checks and source dates. A year or month
 * alone ("2025-03") has no day to name, so it does not count.
 */
function newestDated(entries: readonly unknown[]): string | undefined {
  const dates = entries.flatMap((e) => {
    const entry = typeof e === 'object' && e !== null ? (e as Record<string, unknown>) : {};
    const sources = Array.isArray(entry.sources) ? (entry.sources as unknown[]) : [];
    return [entry.checked, ...sources.map((s) => (typeof s === 'object' && s !== null ? (s as Record<string, unknown>).asOf : undefined))];
  });
  return dates.filter((d): d is string => typeof d === 'string' && isIsoDate(d)).sort().at(-1);
}

/**
 * The day the data was last edited (data/version.yaml `edited`): it versions directory.json, and a
 * phone takes a file only when its version is newer (or equal with other content), so it must not
 * go back when a check date is removed. Without the file: the newest dated fact, as before.
 */
function editedDate(folder: string, entries: readonly unknown[], problems: LocatedProblem[]): string | undefined {
  const file = join(folder, 'version.yaml');
  const newest = newestDated(entries);
  if (!existsSync(file)) return newest;
  const edited = (readYaml(file, problems).value as { edited?: unknown } | undefined)?.edited;
  if (typeof edited !== 'string' || !isIsoDate(edited)) {
    problems.push({ file, field: 'edited', message: 'Bitte das Datum der letzten Änderung als "JJJJ-MM-TT" eintragen, z. B. edited: "2026-11-30".' });
    return newest;
  }
  if (newest !== undefined && edited < newest) {
    problems.push({ file, field: 'edited', message: `Eine Quelle ist vom ${newest}, die Daten sollen aber zuletzt am ${edited} geändert worden sein. Bitte edited auf heute setzen.` });
  }
  return edited;
}

/** The region's bbox should contain the boundaries, or map and coordinate checks cut off part of the district. */
function checkBbox(file: string, region: unknown, features: readonly unknown[], problems: LocatedProblem[]): void {
  const bbox = (region as { bbox?: unknown })?.bbox;
  const points = JSON.stringify(features.map((f) => (f as { geometry?: { coordinates?: unknown } })?.geometry?.coordinates ?? []))
    .match(/\[-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?\]/g)?.map((p) => JSON.parse(p) as [number, number]) ?? [];
  if (!Array.isArray(bbox) || bbox.length !== 4 || points.length === 0) return;
  const lats = points.map((p) => p[1]);
  const lons = points.map((p) => p[0]);
  const needed = [Math.min(...lats), Math.min(...lons), Math.max(...lats), Math.max(...lons)];
  const [south, west, north, east] = bbox as number[];
  if (south! > needed[0]! || west! > needed[1]! || north! < needed[2]! || east! < needed[3]!) {
    problems.push({ file: join(dirname(file), 'region.yaml'), field: 'bbox', warning: true, message: `Die bbox in region.yaml schneidet Teile der Grenzen ab. Passend wäre [${needed.join(', ')}].` });
  }
}

/** Every municipality of the region needs a boundary feature with its AGS. */
function checkBoundaries(file: string, region: unknown, problems: LocatedProblem[]): void {
  if (!existsSync(file)) return void problems.push({ file, field: '', message: 'Die Grenzdatei fehlt.' });
  let features: unknown[] = [];
  try {
    const geo = JSON.parse(readFileSync(file, 'utf8')) as { features?: unknown[]; credit?: unknown };
    features = Array.isArray(geo.features) ? geo.features : [];
    if (typeof geo.credit !== 'string') problems.push({ file, field: 'credit', message: 'Der Quellenvermerk (credit) fehlt.' });
  } catch {
    return void problems.push({ file, field: '', message: 'Die Grenzdatei ist kein gültiges GeoJSON.' });
  }
  checkBbox(file, region, features, problems);
  const known = new Set(features.map((f) => (f as { properties?: { ags?: unknown } })?.properties?.ags));
  const municipalities = (region as { municipalities?: unknown })?.municipalities;
  for (const m of Array.isArray(municipalities) ? municipalities : []) {
    const ags = (m as { ags?: unknown })?.ags;
    if (typeof ags === 'string' && !known.has(ags)) {
      problems.push({ file, field: 'features', message: `Für ${String((m as { name?: unknown }).name)} (${ags}) gibt es keine Grenze in der Grenzdatei.` });
    }
  }
}

/** Loads and checks the guide files, when there are any. */
async function loadGuide(
  folder: string, problems: LocatedProblem[], entryIds: ReadonlySet<string>, review?: { directory: Directory; now: Date },
): Promise<{ files: YamlFile[]; value?: unknown }> {
  const files = listFiles(join(folder, 'guide'), '.yaml').map((f) => readYaml(f, problems));
  if (files.length === 0 || files.some((f) => f.value === undefined)) return { files };
  const parts = Object.fromEntries(files.map((f) => [basename(f.file, '.yaml'), f.value]));
  const names = Object.fromEntries(files.map((f) => [basename(f.file, '.yaml'), f.file]));
  const { ukraine, glossary, phrases, asylum, protection, topics } = parts;
  // Every part the validator knows, the later pages too (a missing optional file stays undefined).
  const checked = validateGuideParts({ ukraine, glossary, phrases, asylum, protection, topics }, names);
  // Every "who does it" of a checklist step must be an entry of the directory.
  const references = checked.ok ? checkGuideReferences(checked.value, entryIds, names.ukraine) : [];
  // Review dates and phone numbers in texts: against today and the directory, for the data check only.
  const reviewed = checked.ok && review ? checkGuideReview(checked.value, review.directory, review.now, names) : [];
  for (const problem of [...checked.problems, ...references, ...reviewed]) {
    const path = fieldPath(problem.field);
    // A part whose file does not exist yet is reported without a file: name the file it belongs in.
    const p = problem.file === undefined && typeof path[0] === 'string' ? { ...problem, file: join(folder, 'guide', `${path[0]}.yaml`) } : problem;
    const source = files.find((f) => f.file === p.file);
    // The guide validator names fields from the part ("glossary.3.de"); the file's root is the part.
    if (source && path[0] === basename(source.file, '.yaml')) path.shift();
    problems.push({ ...p, ...(source && { line: source.lineOf(path) }) });
  }
  return { files, ...(checked.ok && references.length === 0 && reviewed.length === 0 && { value: checked.value }) };
}

/** Reads and checks the whole data folder; `now` is today for the rules about dates. */
export async function loadData(folder = 'data', now = new Date()): Promise<LoadedData> {
  const problems: LocatedProblem[] = [];
  const regionFile = readYaml(join(folder, 'region.yaml'), problems);
  const entryFiles = listFiles(join(folder, 'entries'), '.yaml').map((f) => readYaml(f, problems));
  const entries: unknown[] = [];
  const entrySources: { file: string; position: number }[] = [];
  const positions = new Map<string, Map<string, number>>();
  for (const source of entryFiles) {
    const byLabel = new Map<string, number>();
    positions.set(source.file, byLabel);
    if (source.value === undefined || source.value === null) continue;
    if (!Array.isArray(source.value)) {
      problems.push({ file: source.file, field: '', message: 'Die Datei muss eine Liste von Einträgen sein (jeder Eintrag beginnt mit "- id: …").' });
      continue;
    }
    source.value.forEach((entry: unknown, position) => {
      entries.push(entry);
      entrySources.push({ file: source.file, position });
      const label = entryLabel(entry, position);
      if (!byLabel.has(label)) byLabel.set(label, position);
    });
  }
  const asOf = editedDate(folder, entries, problems);
  const raw = {
    format: 1,
    version: asOf ? `${asOf}T00:00:00Z` : new Date().toISOString(),
    asOf: asOf ?? new Date().toISOString().slice(0, 10),
    region: regionFile.value,
    entries,
  };
  const checked = validateDirectory(raw, { regionFile: regionFile.file, entrySources });
  // The rules about today's date and across entries run on valid data only (entries then align with entrySources).
  const policy = checked.ok ? checkDirectoryPolicy(checked.value, now, entrySources.map((s) => s.file)) : [];
  for (const p of [...checked.problems, ...policy]) {
    const path = fieldPath(p.field);
    const position = p.file && p.entry !== undefined ? positions.get(p.file)?.get(p.entry) : undefined;
    const source = p.file === regionFile.file ? regionFile : entryFiles.find((f) => f.file === p.file);
    const line = source?.lineOf(position === undefined ? path : [position, ...path]);
    problems.push({ ...p, ...(line !== undefined && { line }) });
  }
  const boundariesFile = join(folder, 'boundaries.geojson');
  checkBoundaries(boundariesFile, regionFile.value, problems);
  const ids = new Set(entries.map((e) => (e as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string'));
  const guide = await loadGuide(folder, problems, ids, checked.ok ? { directory: checked.value, now } : undefined);
  const hasErrors = problems.some((p) => !p.warning);
  return {
    problems,
    ...(checked.ok && !hasErrors && { directory: checked.value }),
    ...(guide.value !== undefined && { guide: guide.value }),
    guideFiles: guide.files.map((f) => f.file),
    boundariesFile,
    entryFiles,
    counts: { entries: entries.length, municipalities: lengthOf(regionFile.value, 'municipalities'), categories: lengthOf(regionFile.value, 'categories') },
  };
}

/** One problem as office staff read it: "file › entry › field: message (Zeile n)". */
export function formatProblem(p: LocatedProblem): string {
  const place = [p.file, p.entry, p.field].filter((part) => part !== undefined && part !== '').join(' › ');
  return `${place || 'Daten'}: ${p.message}${p.line !== undefined ? ` (Zeile ${p.line})` : ''}`;
}
