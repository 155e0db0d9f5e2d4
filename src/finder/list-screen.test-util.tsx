import { act } from 'preact/test-utils';
import { afterPaint } from '../app/after-paint';
import { useRoute } from '../app/router';
import ListScreen from './ListScreen';

/** The list screen at the current location, as the shell draws it. */
export function ListHarness() {
  return <ListScreen route={useRoute()} />;
}

/** The next hashchange event: happy-dom, like a browser, fires it a moment after the hash is set. */
export function nextHashChange(): Promise<void> {
  return new Promise((resolve) => window.addEventListener('hashchange', () => resolve(), { once: true }));
}

/** Puts `text` into the list's search box at once (as a paste), then lets the frames after it pass. */
export async function typeInList(root: HTMLElement, text: string): Promise<void> {
  const box = root.querySelector<HTMLInputElement>('input[type=search]')!;
  await act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // The list takes the text after the frame that shows it in the box, and the URL is written
  // after the frame that draws the list.
  await act(() => afterPaint());
  await act(() => afterPaint());
}
