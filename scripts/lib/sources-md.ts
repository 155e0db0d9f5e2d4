/**
 * The table "Sources, newest first" in data/SOURCES.md, built from the data: every source of an
 * entry and of the guide (steps, help resources, topics) once, with the places that use it. The
 * file says it is generated; `npm run data:sources` writes it and `npm run data:check` fails when
 * it no longer matches, so the list an auditor reads is the list the app shows.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../src/directory/problems';
import type { Entry, Source } from '../../src/directory/types';
import type { FirstStepsId, Guide, Resource } from '../../src/guide/types';

/** The heading the table stands under; the rest of the file is written by hand. */
export const SOURCES_HEADING = '## Sources, newest first';

/** One row: a source (date, title, address) and who uses it, in the order the data names them. */
export interface SourceRow {
  readonly asOf: string;
  readonly title: string;
  readonly url: string;
  readonly usedBy: readonly string[];
}

/** How the table names a guide page's steps ("Ukraine-Seite: anmeldung") and help resources ("…: Links"). */
const PAGE_LABEL: Readonly<Record<'ukraine' | FirstStepsId, string>> = { ukraine: 'Ukraine-Seite', asylum: 'Asyl-Seite', protection: 'Schutz-Seite' };

/** Every (source, user) pair of the data, entries first, then the guide pages and topics. */
function uses(entries: readonly Entry[], guide: Guide | undefined): [Source, string][] {
  const out: [Source, string][] = entries.flatMap((e) => e.sources.map((s): [Source, string] => [s, e.id]));
  if (!guide) return out;
  const page = (label: string, steps: readonly { id: string; sources: readonly Source[] }[], resources: readonly Resource[]) => {
    for (const step of steps) for (const s of step.sources) out.push([s, `${label}: ${step.id}`]);
    for (const r of resources) for (const s of r.sources) out.push([s, `${label}: Links`]);
  };
  page(PAGE_LABEL.ukraine, guide.ukraine.steps, guide.ukraine.resources);
  for (const id of ['asylum', 'protection'] as const) {
    const p = guide.pages?.[id];
    if (p) page(PAGE_LABEL[id], p.steps, p.resources);
  }
  for (const topic of guide.topics ?? []) for (const s of topic.sources) out.push([s, `Thema: ${topic.id}`]);
  return out;
}

// Plain code-point order: the same on every machine, whatever its locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One row per distinct (date, title, address), newest first ("2026-02-09" before "2026-02" before "2026"). */
export function sourceRows(entries: readonly Entry[], guide: Guide | undefined): SourceRow[] {
  const rows = new Map<string, { asOf: string; title: string; url: string; usedBy: string[] }>();
  for (const [source, user] of uses(entries, guide)) {
    const url = source.url ?? '';
    const key = JSON.stringify([source.asOf, source.title, url]);
    const row = rows.get(key) ?? { asOf: source.asOf, title: source.title, url, usedBy: [] };
    rows.set(key, row);
    if (!row.usedBy.includes(user)) row.usedBy.push(user);
  }
  return [...rows.values()].sort((a, b) => compare(b.asOf, a.asOf) || compare(a.title, b.title) || compare(a.url, b.url));
}

const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

/** The Markdown table (no trailing newline); a source without a public address shows "—". */
export function sourcesTable(rows: readonly SourceRow[]): string {
  const lines = ['| asOf | source | address | used by |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${cell(r.asOf)} | ${cell(r.title)} | ${cell(r.url) || '—'} | ${cell(r.usedBy.join(', '))} |`);
  return lines.join('\n');
}

/**
 * `markdown` with the table under SOURCES_HEADING replaced by `table` (the lines starting with "|"
 * right after the heading and blank lines); text after the table stays. Undefined without the heading.
 */
export function withSourcesTable(markdown: string, table: string): string | undefined {
  const lines = markdown.split('\n');
  const heading = lines.indexOf(SOURCES_HEADING);
  if (heading < 0) return undefined;
  let start = heading + 1;
  while (start < lines.length && lines[start]!.trim() === '') start++;
  let end = start;
  while (end < lines.length && lines[end]!.startsWith('|')) end++;
  // No table yet: it goes right under the heading, before whatever text was there.
  const after = end === start ? ['', ...lines.slice(start)] : lines.slice(end);
  return [...lines.slice(0, heading + 1), '', table, ...after].join('\n');
}

/** The problem when `folder`/SOURCES.md lacks the heading or its table differs from the data. */
export function checkSourcesFile(folder: string, entries: readonly Entry[], guide: Guide | undefined): Problem[] {
  const file = join(folder, 'SOURCES.md');
  const rows = sourceRows(entries, guide);
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const expected = withSourcesTable(text, sourcesTable(rows));
  if (expected === undefined) {
    return [{ file, field: '', message: `Die Überschrift „${SOURCES_HEADING}“ fehlt. Bitte einfügen und dann  npm run data:sources  ausführen.` }];
  }
  if (expected === text) return [];
  return [{ file, field: '', message: `Die Quellentabelle passt nicht mehr zu den Daten (${rows.length} Quellen). Bitte  npm run data:sources  ausführen: das schreibt die Tabelle neu.` }];
}
