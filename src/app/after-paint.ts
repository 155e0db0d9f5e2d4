/**
 * Resolves after the next frame is drawn, or after 100 ms in a tab opened in the background, which
 * draws no frame until it is shown.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

/** How long after two frames afterShown waits at most for the browser's report of the paint. */
const REPORT_WAIT_MS = 250;

/**
 * Resolves once the screen just rendered is on screen. What the first screen does not need (its
 * header, icons, the store's code, the German texts) waits for this, so that it does not share
 * the line with the first screen's own files and code. A frame's own callbacks run before the
 * browser shows it, and a frame's text can take some 50 ms more to be shown (Chromium, text in
 * Arabic or Cyrillic script), so where the browser reports its largest paints (the
 * largest-contentful-paint entries of Chromium) this waits for the first one after the call; elsewhere,
 * or with no report (a screen no larger than the "loading" line, input first), for two frames
 * and then at most REPORT_WAIT_MS.
 */
export function afterShown(): Promise<void> {
  return new Promise((resolve) => {
    const since = performance.now();
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.startTime >= since)) done();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    }
    void afterPaint()
      .then(afterPaint)
      .then(() => (observer ? setTimeout(done, REPORT_WAIT_MS) : done()));
  });
}
