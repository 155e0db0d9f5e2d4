/** One line of a benchmark report. */
export interface BenchRow {
  /** What was measured, e.g. "search: keystroke p95, 10,000 entries". */
  readonly name: string;
  readonly value: number;
  /** "ms", "words", "keystrokes". */
  readonly unit: string;
  /** The target, in words, e.g. "≤ 16 ms". */
  readonly goal?: string;
}
