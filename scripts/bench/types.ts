/** One line of a benchmark report. */
export interface BenchRow {
  /** What was measured, e.g. "search: keystroke p95, 10,000 entries". */
  readonly name: string;
  readonly value: number;
  /** "ms", "words", "keystrokes". */
  readonly unit: string;
  /** The target, in words, e.g. "≤ 16 ms". */
  readonly goal?: string;
  /**
   * Why there is no value (then `value` is NaN), e.g. no key was typed in the time the row is
   * about: printed instead of a number, and the goal is not judged. A NaN without it is marked ✗.
   */
  readonly none?: string;
}
