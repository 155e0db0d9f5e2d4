/** Writes the app's data files from a checked data folder; the output depends only on the input. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageIndex } from '../../src/guide/page-index';
import type { Guide } from '../../src/guide/types';
import { LANGS, type Localized } from '../../src/directory/types';
import { type LocatedProblem, loadData } from './load-data';

/** What a build wrote, or the errors that stopped it. */
export type BuildResult =
  | { readonly ok: true; readonly written: readonly string[]; readonly version: string; readonly asOf: string; readonly entries: number; readonly warnings: number }
  | { readonly ok: false; readonly errors: readonly LocatedProblem[] };

/** The Ukraine page's title in each language, from the app's strings; undefined when one is missing. */
function ukraineTitle(): Localized | undefined {
  const titles = LANGS.map((lang) => {
    const file = join('locales', lang, 'guide.json');
    if (!existsSync(file)) return undefined;
    const title = (JSON.parse(readFileSync(file, 'utf8')) as { ukraine?: { title?: unknown } }).ukraine?.title;
    return typeof title === 'string' ? ([lang, title] as const) : undefined;
  });
  return titles.every((t) => t !== undefined) ? (Object.fromEntries(titles) as Localized) : undefined;
}

/** Checks `folder` and writes directory.json, boundaries.geojson, guide.json and pages.json (when there is a guide) to `out`. */
export async function buildData(folder: string, out: string): Promise<BuildResult> {
  const data = await loadData(folder);
  const errors = data.problems.filter((p) => !p.warning);
  if (errors.length > 0 || !data.directory) return { ok: false, errors };
  if (data.guideFiles.length > 0 && data.guide === undefined) {
    return { ok: false, errors: [{ file: join(folder, 'guide'), field: '', message: 'Die Wegweiser-Dateien konnten nicht geprüft werden (fehlt src/guide/validate.ts?).' }] };
  }
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(join(out, name), text);
    written.push(`${name} (${Buffer.byteLength(text)} bytes)`);
  };
  write('directory.json', JSON.stringify(data.directory) + '\n');
  copyFileSync(data.boundariesFile, join(out, 'boundaries.geojson'));
  written.push('boundaries.geojson (copied)');
  if (data.guide !== undefined) {
    write('guide.json', JSON.stringify(data.guide) + '\n');
    // The list search finds the guide's pages through this small index, without loading the guide.
    write('pages.json', JSON.stringify(pageIndex(data.guide as Guide, ukraineTitle())) + '\n');
  }
  const { version, asOf, entries } = data.directory;
  return { ok: true, written, version, asOf, entries: entries.length, warnings: data.problems.length - errors.length };
}
