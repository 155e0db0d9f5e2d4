/** Copying text for the user, on phones with and without the Clipboard API. */

/** What happened: copied, or only selected so the user can copy it with the phone's own menu. */
export type CopyOutcome = 'copied' | 'selected' | 'failed';

/**
 * Copies `text`. The Clipboard API is missing on old WebViews and outside secure contexts, and can
 * be refused; then the visible text in `fallback` is selected instead.
 */
export async function copyText(text: string, fallback?: Element | null): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Refused or unavailable: fall through to selecting the text.
  }
  const selection = typeof window.getSelection === 'function' ? window.getSelection() : null;
  if (!fallback || !selection) return 'failed';
  selection.selectAllChildren(fallback);
  return 'selected';
}
