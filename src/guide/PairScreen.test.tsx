import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Directory, Entry } from '../directory/types';
import { initI18n } from '../i18n';
import { realDirectory, realGuide } from './data.test-util';
import PairScreen from './PairScreen';
import { mount, type Mounted } from './screen.test-util';
import type { Guide } from './types';

let directory: Directory;
let guide: Guide;
let entry: Entry;
let screen: Mounted | undefined;

beforeAll(async () => {
  await initI18n('uk');
  directory = await realDirectory();
  guide = realGuide();
  entry = directory.entries.find((e) => e.address && e.hoursNote)!;
});
afterEach(async () => {
  await screen?.unmount();
  screen = undefined;
});

const columns = (root: HTMLElement) =>
  [...root.querySelectorAll('.pair')].map((p) => [...p.children].map((c) => [c.getAttribute('lang'), c.getAttribute('dir')]));

describe('side by side', () => {
  it('puts German first and the app language second, each with its own lang and dir', async () => {
    screen = await mount(PairScreen, `#/pair/${entry.id}`, directory, guide);
    const { root } = screen;
    const pairs = columns(root);
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const pair of pairs) expect(pair).toEqual([['de', 'ltr'], ['uk', 'ltr']]);
    const texts = [...root.querySelectorAll('.pair')].map((p) => [...p.children].map((c) => c.textContent));
    expect(texts.some(([de, uk]) => de?.includes(entry.description.de) && uk?.includes(entry.description.uk))).toBe(true);
    expect(texts.some(([de, uk]) => de?.includes(entry.hoursNote!.de) && uk?.includes(entry.hoursNote!.uk))).toBe(true);
  });

  it('switches the second language to Arabic, right to left', async () => {
    screen = await mount(PairScreen, `#/pair/${entry.id}`, directory, guide);
    const { root, until } = screen;
    const arabic = [...root.querySelectorAll('button')].find((b) => b.textContent === 'العربية')!;
    await act(() => arabic.click());
    await until(() => columns(root).every((pair) => pair[1]?.[0] === 'ar'));
    expect(columns(root)[0]).toEqual([['de', 'ltr'], ['ar', 'rtl']]);
    expect(arabic.getAttribute('aria-pressed')).toBe('true');
    expect(location.hash).toBe(`#/pair/${entry.id}?with=ar`);
    expect(root.textContent).toContain(entry.description.ar);
  });

  it('links glossary words in the German column only', async () => {
    screen = await mount(PairScreen, `#/pair/jobcenter-eschwege`, directory, guide);
    const { root, until } = screen;
    await until(() => root.querySelectorAll('.pair-de a.glossary-link').length > 0);
    expect(root.querySelectorAll('.pair-uk a.glossary-link')).toHaveLength(0);
  });
});
