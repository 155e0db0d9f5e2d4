import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { realGuide } from './data.test-util';
import { resetGuideCache, useGuide } from './load';

const root = document.createElement('div');
document.body.append(root);
afterEach(async () => {
  await act(() => render(null, root));
  vi.unstubAllGlobals();
  resetGuideCache();
});

function Probe() {
  const state = useGuide();
  return <p>{state.status === 'ready' ? `steps ${state.guide.ukraine.steps.length}` : state.status}</p>;
}

describe('useGuide', () => {
  it('asks for the guide file in the render that first needs it, and a screen opened later draws the guide at once', async () => {
    const guide = realGuide();
    const fetched = vi.fn(async () => new Response(JSON.stringify(guide)));
    vi.stubGlobal('fetch', fetched);
    // No act(): preact runs effects only after the next frame, which has not come yet.
    render(<Probe />, root);
    expect(root.textContent).toBe('loading');
    expect(fetched).toHaveBeenCalledTimes(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(root.textContent).toBe(`steps ${guide.ukraine.steps.length}`);

    await act(() => render(null, root));
    render(<Probe />, root);
    expect(root.textContent).toBe(`steps ${guide.ukraine.steps.length}`);
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it('says so when the file cannot be had, and tries again on the next screen', async () => {
    const fetched = vi.fn(async () => new Response('kaputt', { status: 500 }));
    vi.stubGlobal('fetch', fetched);
    await act(() => render(<Probe />, root));
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(root.textContent).toBe('failed');
    await act(() => render(null, root));
    await act(() => render(<Probe />, root));
    expect(fetched).toHaveBeenCalledTimes(2);
  });
});
