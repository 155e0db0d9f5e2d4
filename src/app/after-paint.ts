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
