import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { realDirectory, realGuide } from './data.test-util';
import GlossaryScreen from './GlossaryScreen';
import { mount, type Mounted } from './screen.test-util';
import type { Guide } from './types';

let directory: Directory;
let guide: Guide;
let screen: Mounted | undefined;

beforeAll(async () => {
  await initI18n('ar');
  directory = await realDirectory();
  guide = realGuide();
});
afterEach(async () => {
  await screen?.unmount();
  screen = undefined;
});

const headings = (root: HTMLElement) => [...root.querySelectorAll('.term h2')].map((h) => h.textContent);

async function type(root: HTMLElement, text: string) {
  const box = root.querySelector<HTMLInputElement>('input[type=search]')!;
  await act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('glossary screen', () => {
  it('lists every term with the German word and article, the Arabic word and both explanations', async () => {
    screen = await mount(GlossaryScreen, '#/glossary', directory, guide);
    const { root, until } = screen;
    await until(() => root.querySelectorAll('.term').length === guide.glossary.length);
    expect(guide.glossary.length).toBeGreaterThanOrEqual(35);
    const term = guide.glossary.find((t) => t.article)!;
    const item = root.querySelector(`#term-${term.id}`)!;
    expect(item.querySelector('h2')?.textContent).toBe(`${term.article} ${term.de}`);
    expect(item.querySelector('h2')?.getAttribute('lang')).toBe('de');
    expect(item.querySelector('.term-translation')?.textContent).toBe(term.translation.ar);
    expect(item.textContent).toContain(term.explain.ar);
    expect(item.querySelector('.term-german')?.textContent).toBe(term.explain.de);
  });

  it('finds a word typed in Arabic, Ukrainian or German, and says when nothing fits', async () => {
    screen = await mount(GlossaryScreen, '#/glossary', directory, guide);
    const { root, until } = screen;
    await until(() => root.querySelectorAll('.term').length > 0);
    await type(root, 'الإقامة');
    expect(headings(root)).toContain('der Aufenthaltstitel');
    expect(location.hash).toBe(`#/glossary?q=${encodeURIComponent('الإقامة')}`);
    await type(root, 'посвідка');
    expect(headings(root)).toContain('die Aufenthaltserlaubnis');
    await type(root, 'buergergeld');
    expect(headings(root)[0]).toBe('das Bürgergeld');
    await type(root, 'Fahrradreparatur');
    expect(headings(root)).toEqual([]);
    expect(root.querySelector('.glossary-count')?.textContent).toBe('لم نجد هذه الكلمة. يُرجى تجربة كلمة أخرى.');
  });

  it('opens one term from a link, with links to other terms in its German explanation', async () => {
    screen = await mount(GlossaryScreen, '#/glossary?term=aufenthaltstitel', directory, guide);
    const { root, until } = screen;
    await until(() => root.querySelectorAll('.term').length === 1);
    expect(headings(root)).toEqual(['der Aufenthaltstitel']);
    const links = [...root.querySelectorAll('.term-german a')].map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    expect(links).not.toContain('#/glossary?term=aufenthaltstitel');
    expect(root.querySelector('a[href="#/glossary"]')).not.toBeNull();
  });
});
