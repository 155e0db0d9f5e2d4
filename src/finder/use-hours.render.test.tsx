import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarize } from '../directory/summary';
import { sampleDirectory } from '../directory/validate.samples';

const root = document.createElement('div');
document.body.append(root);
afterEach(async () => {
  vi.useRealTimers();
  await act(() => render(null, root));
});

describe('useHours', () => {
  it('starts loading the hours module in the render that first needs it, not in an effect after the next frame', async () => {
    // A fresh copy of the module, which has loaded nothing yet.
    vi.resetModules();
    const { app } = await import('../app/state');
    const { useHours, hoursWarmedUp } = await import('./use-hours');
    app.set({ summary: summarize(sampleDirectory()) });
    function Row() {
      return <p>{useHours() ? 'hours' : 'none'}</p>;
    }
    // Effects run after a frame and a timer: with both held, only the render itself can start the load.
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    render(<Row />, root);
    expect(root.textContent).toBe('none');
    await import('../directory/hours');
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(hoursWarmedUp()).toBeDefined();
  });
});
