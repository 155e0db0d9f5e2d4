/**
 * User Timing marks for the keystroke benchmark (scripts/bench/keystroke.ts), which reads them
 * with a PerformanceObserver in the page. Each entry is cleared at once, so a long session does
 * not pile them up in the page's timeline; an observer still receives it. Costs microseconds.
 */

/** Names of the entries, as the benchmark looks for them. */
export const MARK = {
  /** One render of the list screen (ListScreen's function ran). */
  render: 'wegweiser:list-render',
  /** The search and the list model for one typed text (a measure: its duration counts). */
  model: 'wegweiser:list-model',
  /** The early index of a build under way answers: names, keywords, topics and towns, no descriptions yet. */
  searchEarly: 'wegweiser:search-early',
  /** The search index of the current directory is ready to answer. */
  searchReady: 'wegweiser:search-ready',
  /** The search index this session built is stored on the device (the next start reads it). */
  searchStored: 'wegweiser:search-stored',
} as const;

const timing = typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : undefined;

/** Notes a point in time under `name`. */
export function mark(name: string): void {
  if (!timing) return;
  timing.mark(name);
  timing.clearMarks(name);
}

/** Notes the time from `start` (a performance.now() value) until now under `name`. */
export function measureSince(name: string, start: number): void {
  if (!timing) return;
  timing.measure(name, { start });
  timing.clearMeasures(name);
}
