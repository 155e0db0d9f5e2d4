import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useDrawn, useLoading } from './ready';

let setLoading: (on: boolean) => void = () => undefined;
function Part() {
  const [loading, set] = useState(true);
  setLoading = set;
  useLoading(loading);
  return <p>{loading ? 'loading' : 'done'}</p>;
}
function Shell({ withPart }: { withPart: boolean }) {
  useDrawn();
  return <main id="main">{withPart && <Part />}</main>;
}

const root = document.createElement('div');
document.body.append(root);
const ready = () => document.getElementById('main')?.dataset.ready;
afterEach(() => act(() => render(null, root)));

describe('readiness signal', () => {
  it('names the drawn location once no lazy part is loading', async () => {
    location.hash = '#/list?q=amt';
    await act(() => render(<Shell withPart />, root));
    expect(ready()).toBeUndefined();
    await act(() => setLoading(false));
    expect(root.textContent).toBe('done');
    expect(ready()).toBe('#/list?q=amt');
  });

  it('is not ready while a part of the new screen loads, and a gone part counts no more', async () => {
    location.hash = '#/help';
    await act(() => render(<Shell withPart={false} />, root));
    expect(ready()).toBe('#/help');
    location.hash = '#/map';
    await act(() => render(<Shell withPart />, root));
    expect(ready()).toBeUndefined();
    // The screen is left while its part still loads: its count goes with it.
    location.hash = '#/about';
    await act(() => render(<Shell withPart={false} />, root));
    expect(ready()).toBe('#/about');
  });
});
