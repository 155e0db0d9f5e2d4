/** Reads a YAML source file, keeping its document so problems can be traced to a line. */
import { readFileSync } from 'node:fs';
import { type Document, LineCounter, isNode, parseDocument } from 'yaml';
import type { Problem } from '../../src/directory/problems';

/** A parsed YAML file: its plain value, and a way back from a field path to a line. */
export interface YamlFile {
  readonly file: string;
  readonly text: string;
  readonly doc: Document;
  /** The plain value; undefined when the file has syntax errors. */
  readonly value: unknown;
  /** Line (1-based) of the value at `path`, or of its nearest parent that exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** Parses a YAML file; syntax errors become problems with the line and column to fix. */
export function readYaml(file: string, problems: Problem[]): YamlFile {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    problems.push({ file, field: '', message: 'Die Datei fehlt oder ist nicht lesbar.' });
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    const where = pos ? `Zeile ${pos.line}, Spalte ${pos.col}` : 'unbekannte Stelle';
    const first = (error.message.split('\n')[0] ?? '').replace(/\s*at line \d+, column \d+:?$/, '');
    problems.push({ file, field: '', message: `YAML-Schreibfehler in ${where}: ${first}` });
  }
  // maxAliasCount stops "billion laughs" alias bombs; the data has no reason to use aliases at all.
  let value: unknown;
  try {
    value = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 50 }) : undefined;
  } catch (error) {
    problems.push({ file, field: '', message: `YAML-Datei nicht lesbar: ${String(error).slice(0, 200)}` });
  }
  return {
    file,
    text,
    doc,
    value,
    lineOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** Splits a dotted problem field ("phones.0.number") into YAML path keys. */
export function fieldPath(field: string): (string | number)[] {
  return field === '' ? [] : field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}
