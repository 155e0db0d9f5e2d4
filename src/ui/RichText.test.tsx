import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { InlineAddress, RichText } from './RichText';

function rendered(node: preact.ComponentChild): HTMLElement {
  const box = document.createElement('div');
  render(node, box);
  return box;
}

describe('RichText', () => {
  it('isolates numbers left to right, marks German words, and keeps every character', () => {
    const text = 'اتصل بالرقم 116 117 أو دائرة الأجانب (Ausländerbehörde) 05651 335580.';
    const box = rendered(<RichText text={text} />);
    expect([...box.querySelectorAll('bdi')].map((b) => [b.textContent, b.getAttribute('dir'), b.className])).toEqual([
      ['116 117', 'ltr', 'nowrap'],
      ['05651 335580', 'ltr', 'nowrap'],
    ]);
    expect([...box.querySelectorAll('span[lang="de"]')].map((s) => s.textContent)).toEqual(['Ausländerbehörde']);
    expect(box.textContent).toBe(text);
  });

  it('renders markup in data as text', () => {
    const box = rendered(<RichText text="<img src=x onerror=alert(1)> 112" />);
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toBe('<img src=x onerror=alert(1)> 112');
  });

  it('gives an address line-break chances only at its joints', () => {
    const box = rendered(<InlineAddress address="info@werra-meissner-kreis.de" />);
    const bdi = box.querySelector('bdi.inline-address');
    expect(bdi?.getAttribute('dir')).toBe('ltr');
    expect(bdi?.querySelectorAll('wbr').length).toBe(4);
    expect(bdi?.textContent).toBe('info@werra-meissner-kreis.de');
  });
});
