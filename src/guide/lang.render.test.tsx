import i18next from 'i18next';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { useGuideT } from './lang';

const root = document.createElement('div');
document.body.append(root);
beforeAll(() => initI18n('de'));
afterEach(async () => {
  vi.useRealTimers();
  await act(() => render(null, root));
});

function Column() {
  return <p>{useGuideT('fa-AF')('ukraine.title')}</p>;
}

describe('useGuideT', () => {
  it("asks for another language's guide texts in the render that needs them, not in an effect after the next frame", async () => {
    expect(i18next.hasResourceBundle('fa-AF', 'guide')).toBe(false);
    // Effects run after a frame and a timer: with both held, only the render itself can start the load.
    vi.useFakeTimers({ toFake: ['setTimeout', 'requestAnimationFrame'] });
    render(<Column />, root);
    await import('../../locales/fa-AF/guide.json');
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(i18next.hasResourceBundle('fa-AF', 'guide')).toBe(true);
  });
});
