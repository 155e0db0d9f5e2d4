/** Statistics and the printed table shared by the benchmarks and the Lighthouse run. */
import type { BenchRow } from './types';

/** The value below which a share q of the values lie (nearest rank; q = 0.5 is the median). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Rounds a time to 0.1 ms: finer digits are noise in a browser. */
export const round1 = (ms: number): number => Math.round(ms * 10) / 10;

/** A row that says why it has no value: printed as "none", its goal not judged. */
const saysNone = (row: BenchRow): boolean => row.none !== undefined && Number.isNaN(row.value);

/**
 * ✓ when the value meets a goal written as "≤ 16 ms" or "≥ 98", ✗ when not (a missing value
 * too), empty without a goal or when the row says why it has no value.
 */
export function mark(row: BenchRow): string {
  const goal = /^(≤|≥)\s*([\d.,]+)/.exec(row.goal ?? '');
  if (!goal?.[2] || saysNone(row)) return '';
  const limit = Number(goal[2].replace(/,/g, ''));
  return (goal[1] === '≤' ? row.value <= limit : row.value >= limit) ? '✓' : '✗';
}

/** The value and its unit as printed, or "none" and why when the row has no value. */
export function formatValue(row: BenchRow): string {
  if (saysNone(row)) return `none (${row.none})`;
  return `${row.value.toLocaleString('en', { maximumFractionDigits: 3 })} ${row.unit}`;
}

/** A Markdown table, columns padded so it also reads well in a terminal; `right` lists right-aligned columns. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number) => (right.includes(i) ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0));
  const line = (cells: readonly string[]) => `| ${head.map((_, i) => cell(cells[i] ?? '', i)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
