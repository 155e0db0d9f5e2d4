import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function fallbackElement(): HTMLElement {
  const p = document.createElement('p');
  p.textContent = 'Fuldaer Straße 6';
  document.body.append(p);
  return p;
}

describe('copyText', () => {
  it('uses the clipboard when there is one', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await expect(copyText('Fuldaer Straße 6')).resolves.toBe('copied');
    expect(writeText).toHaveBeenCalledWith('Fuldaer Straße 6');
  });

  it('selects the visible text when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    const p = fallbackElement();
    await expect(copyText('Fuldaer Straße 6', p)).resolves.toBe('selected');
    expect(window.getSelection()?.toString()).toBe('Fuldaer Straße 6');
  });

  it('selects the text on a phone without the Clipboard API, and fails only without a fallback', async () => {
    vi.stubGlobal('navigator', {});
    await expect(copyText('x', fallbackElement())).resolves.toBe('selected');
    await expect(copyText('x')).resolves.toBe('failed');
  });
});
