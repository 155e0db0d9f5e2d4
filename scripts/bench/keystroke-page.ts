/**
 * What the keystroke benchmark adds to the page before the app starts: observers that note each
 * key, the Event Timing entries, long tasks, the app's own User Timing marks (src/finder/perf-marks.ts)
 * and the frames in which the DOM changed. A plain script string: a function passed through tsx
 * would carry helpers that do not exist in the page.
 */

/** What the page collects in `window.__ks`; times are performance.now() values in ms. */
export interface PageLog {
  /** One per key: the keydown's time, or for text inserted without a key (insertText) the beforeinput's. */
  keys: number[];
  /** Event Timing entries of 16 ms and more. */
  events: { name: string; start: number; duration: number; processingStart?: number; processingEnd?: number }[];
  /** Durations of the app's search + list model measures. */
  models: number[];
  /** Times of the list screen's renders. */
  renders: number[];
  /** Times the early index of a build answered (names, keywords, topics, towns). */
  early: number[];
  /** Times the search index was ready. */
  ready: number[];
  /** Times the search index this page built was stored on the device. */
  stored: number[];
  longTasks: { start: number; end: number }[];
  /** Just after each frame that drew a DOM change (rAF, then a message: after the paint). */
  paints: number[];
  /** The last DOM change (the readiness attribute not counted). */
  lastMutation: number;
  /**
   * When the page itself opened the list (a start loaded with OPEN_LIST_PARAM): in the task in
   * which the app first marked the home drawn with all its parts (src/app/ready.ts: <main data-ready>).
   */
  opened: number[];
}

/** A start loaded with this query parameter opens the list itself as soon as the home is drawn. */
export const OPEN_LIST_PARAM = 'bench-open-list';

/** The names of the app's marks, as in src/finder/perf-marks.ts. */
export const APP_MARKS = {
  render: 'wegweiser:list-render',
  model: 'wegweiser:list-model',
  searchEarly: 'wegweiser:search-early',
  searchReady: 'wegweiser:search-ready',
  searchStored: 'wegweiser:search-stored',
} as const;

/** The init script. */
export const PAGE_SCRIPT = `(() => {
  const S = { keys: [], events: [], models: [], renders: [], early: [], ready: [], stored: [], longTasks: [], paints: [], lastMutation: 0, opened: [] };
  window.__ks = S;
  const openList = new URLSearchParams(location.search).has('${OPEN_LIST_PARAM}');
  // A key's beforeinput follows its keydown; text inserted without a key has a beforeinput only.
  let keyWithoutInput = false;
  window.addEventListener('keydown', (e) => { if (e.key !== 'Shift') { S.keys.push(e.timeStamp); keyWithoutInput = true; } }, true);
  window.addEventListener('beforeinput', (e) => { if (keyWithoutInput) keyWithoutInput = false; else S.keys.push(e.timeStamp); }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) S.events.push({ name: e.name, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd });
  }).observe({ type: 'event', durationThreshold: 16 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) S.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === '${APP_MARKS.render}') S.renders.push(e.startTime);
      if (e.name === '${APP_MARKS.searchEarly}') S.early.push(e.startTime);
      if (e.name === '${APP_MARKS.searchReady}') S.ready.push(e.startTime);
      if (e.name === '${APP_MARKS.searchStored}') S.stored.push(e.startTime);
    }
  }).observe({ type: 'mark' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === '${APP_MARKS.model}') S.models.push(e.duration);
  }).observe({ type: 'measure' });
  let frame = false;
  const changed = (records) => {
    // In the task in which the app marked the home drawn: the list opened then is opened at once.
    for (const r of records) {
      if (!openList || S.opened.length > 0 || r.attributeName !== 'data-ready' || r.target.id !== 'main') continue;
      if (r.target.dataset.ready !== location.hash || (location.hash !== '' && location.hash !== '#/')) continue;
      S.opened.push(performance.now());
      location.hash = '#/list';
    }
    if (records.every((r) => r.type === 'attributes' && r.attributeName === 'data-ready')) return;
    S.lastMutation = performance.now();
    if (frame) return;
    frame = true;
    requestAnimationFrame(() => {
      frame = false;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => S.paints.push(performance.now());
      channel.port2.postMessage(0);
    });
  };
  const watch = () => new MutationObserver(changed).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
  if (document.documentElement) watch(); else document.addEventListener('DOMContentLoaded', watch);
})();`;

/** Empties the per-query parts of the log (the long tasks and ready marks stay). */
export const RESET_SCRIPT = `(() => { const S = window.__ks; S.keys = []; S.events = []; S.models = []; S.renders = []; S.paints = []; S.lastMutation = 0; })()`;
