/**
 * The keystroke benchmark's figures from what the page logged (keystroke-page.ts): pure
 * functions, unit-tested in keystroke-figures.test.ts.
 */
import type { PageLog } from './keystroke-page';

/** The Event Timing API reports no event shorter than this; such a key counts as this long. */
export const EVENT_THRESHOLD_MS = 16;
/** A task longer than this keeps a typed key from being answered (the long task definition). */
export const LONG_TASK_MS = 50;
/**
 * A screen counts as ready once no long task followed for this long (or until the watch ended,
 * 2 s after the complete index): the quiet window of a "time to interactive", kept to the watch.
 */
export const QUIET_MS = 2000;

/**
 * Input to paint of each key: the longest Event Timing entry (keydown, keypress, beforeinput,
 * input, keyup) that started between this key and the next. Its duration runs from the key to
 * the paint after the handlers and the render they cause. A key with no entry took less than
 * the threshold and counts as the threshold (an upper bound).
 */
export function inputToPaint(log: Pick<PageLog, 'keys' | 'events'>): number[] {
  return log.keys.map((at, i) => {
    const next = log.keys[i + 1] ?? Number.POSITIVE_INFINITY;
    let longest = EVENT_THRESHOLD_MS;
    for (const e of log.events) if (e.start >= at && e.start < next && e.duration > longest) longest = e.duration;
    return longest;
  });
}

/**
 * From each key to the paint that drew its result: the last frame with a DOM change before the
 * next key (for the last key, the last one at all). A key whose window drew nothing (the same
 * rows) counts its own input to paint. The list takes a key's text after the frame that shows the
 * key in the box (src/finder/use-typed-query.ts), so input to paint alone does not say when its
 * rows were there; this does.
 */
export function resultOfEachKey(log: Pick<PageLog, 'keys' | 'events' | 'paints'>): number[] {
  const own = inputToPaint(log);
  return log.keys.map((at, i) => {
    const next = log.keys[i + 1] ?? Number.POSITIVE_INFINITY;
    const drawn = log.paints.filter((p) => p >= at && p < next).at(-1);
    return drawn === undefined ? (own[i] ?? Number.NaN) : drawn - at;
  });
}

/**
 * From the last key to the paint that drew the final result: the first frame after the last DOM
 * change. When the last key changed nothing on the page (the same rows), the key's own input to
 * paint. NaN when no key was logged.
 */
export function resultAfterLastKey(log: PageLog): number {
  const last = log.keys[log.keys.length - 1];
  if (last === undefined) return Number.NaN;
  if (log.lastMutation < last) return inputToPaint(log).at(-1) ?? Number.NaN;
  const paint = log.paints.find((p) => p >= log.lastMutation);
  return paint === undefined ? Number.NaN : paint - last;
}

/**
 * "Ready to type" after the list screen was opened at `openedAt`: the latest of the list screen's
 * first render after the opening (its search box drawn) and the search answering, then past every
 * long task (over 50 ms) that ran then or began less than QUIET_MS after the moment reached (see
 * quietFrom), minus the opening. The search
 * answers from the early index of a build (names, keywords, topics, towns) or from the complete
 * index, whichever comes first; with `complete`, only the complete index counts. An index mark
 * before the opening means it answered when opened. NaN when no render or no mark came.
 */
export function readyAfter(log: Pick<PageLog, 'early' | 'ready' | 'longTasks' | 'renders'>, openedAt: number, complete = false): number {
  const marks = complete ? log.ready : [...log.early, ...log.ready];
  const later = marks.filter((t) => t >= openedAt);
  const answers = marks.some((t) => t < openedAt) ? openedAt : later.length > 0 ? Math.min(...later) : undefined;
  const drawn = log.renders.filter((t) => t >= openedAt);
  if (answers === undefined || drawn.length === 0) return Number.NaN;
  return quietFrom(log, openedAt, Math.max(answers, Math.min(...drawn))) - openedAt;
}

/**
 * The search box usable after the list screen was opened at `openedAt`: its first render after
 * the opening, then past the long tasks as in readyAfter; whether the search answers yet does not
 * count (readyAfter does). NaN when no render came.
 */
export function drawnAfter(log: Pick<PageLog, 'longTasks' | 'renders'>, openedAt: number): number {
  const drawn = log.renders.filter((t) => t >= openedAt);
  if (drawn.length === 0) return Number.NaN;
  return quietFrom(log, openedAt, Math.min(...drawn)) - openedAt;
}

/**
 * `from`, moved to the end of each long task that ran after the opening and was under way then or
 * began less than QUIET_MS after the moment reached so far: the first moment after which the page
 * stayed quiet for QUIET_MS, or until the watch ended. (Until 2026-12 the end of the last long
 * task watched, however much later: on the start that builds the index at 10,000 entries that
 * made the search box "drawn" 9.1 s after the opening, when it was drawn after 0.4 s and the
 * search answered after 2.8 s, the same figure for all three rows. For a start that reads the
 * index, watched until 2 s after it answers, both rules give the same figure.)
 */
function quietFrom(log: Pick<PageLog, 'longTasks'>, openedAt: number, from: number): number {
  let end = from;
  const tasks = log.longTasks.filter((t) => t.end > openedAt && t.end - t.start > LONG_TASK_MS).sort((a, b) => a.start - b.start);
  for (const task of tasks) {
    if (task.end <= end) continue;
    if (task.start - end >= QUIET_MS) break;
    end = task.end;
  }
  return end;
}

/**
 * The long tasks (over 50 ms) that ran after the list screen was opened at `openedAt`: how many,
 * the longest and their sum in ms (the part of a task before the opening not counted). A key
 * typed during one waits for its end: what the user feels while a screen opens and an index is built.
 */
export function longTasksAfter(log: Pick<PageLog, 'longTasks'>, openedAt: number): { count: number; longest: number; total: number } {
  const spans = log.longTasks.filter((t) => t.end > openedAt && t.end - t.start > LONG_TASK_MS).map((t) => t.end - Math.max(t.start, openedAt));
  return { count: spans.length, longest: spans.length > 0 ? Math.max(...spans) : 0, total: spans.reduce((a, b) => a + b, 0) };
}

/** List renders per key: the renders counted while the keys were typed, over the keys. */
export function rendersPerKey(log: Pick<PageLog, 'keys' | 'renders'>): number {
  return log.keys.length === 0 ? Number.NaN : log.renders.length / log.keys.length;
}

/**
 * Input to paint (as inputToPaint) of the keys pressed before the page's first complete-index
 * mark: the keys typed while a build was under way. All keys when the log has no such mark.
 */
export function typedBeforeComplete(log: Pick<PageLog, 'keys' | 'events' | 'ready'>): number[] {
  const complete = log.ready[0] ?? Number.POSITIVE_INFINITY;
  return inputToPaint(log).filter((_, i) => (log.keys[i] ?? Number.POSITIVE_INFINITY) < complete);
}
