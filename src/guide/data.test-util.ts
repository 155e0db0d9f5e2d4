/** The real guide and directory from data/, for screen tests (read from the YAML sources). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadData } from '../../scripts/lib/load-data';
import type { Directory } from '../directory/types';
import type { Guide } from './types';
import { validateGuideParts } from './validate';

/** Reads and validates data/guide/*.yaml; throws when the data has errors. */
export function realGuide(): Guide {
  const part = (name: string): unknown => parse(readFileSync(join('data', 'guide', `${name}.yaml`), 'utf8'));
  const checked = validateGuideParts({
    ukraine: part('ukraine'),
    glossary: part('glossary'),
    phrases: part('phrases'),
    asylum: part('asylum'),
    protection: part('protection'),
    topics: part('topics'),
  });
  if (!checked.ok) throw new Error(`guide data has errors: ${JSON.stringify(checked.problems.slice(0, 3))}`);
  return checked.value;
}

/** Reads and validates the directory from data/. */
export async function realDirectory(): Promise<Directory> {
  const data = await loadData('data');
  if (!data.directory) throw new Error('directory data has errors');
  return data.directory;
}
