import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh element in the document for each test to render into, emptied and removed after it
 * (so no screen of one test lingers into the next). Call at the top of a test file.
 */
export function testRoot(): () => HTMLElement {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(async () => {
    const el = root;
    if (!el) return;
    await act(() => render(null, el));
    el.remove();
  });
  return () => {
    if (!root) throw new Error('testRoot() is only there inside a test');
    return root;
  };
}
