import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoute } from '../app/router';
import { app } from '../app/state';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { StorageError, type AppStorage } from '../storage';
import { memoryStorage } from '../storage/memory';
import { realDirectory, realGuide } from './data.test-util';
import { resetGuideCache } from './load';
import type { Guide } from './types';
import UkraineScreen from './UkraineScreen';

let directory: Directory;
let guide: Guide;
let root: HTMLElement;

function Harness() {
  return <UkraineScreen route={useRoute()} />;
}

async function until(check: () => boolean) {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(check()).toBe(true);
}

async function show(hash: string, storage: AppStorage = memoryStorage(), home?: string) {
  location.hash = hash;
  app.set({ directory, storage, home, notices: [] });
  await act(() => render(<Harness />, root));
  await until(() => root.querySelectorAll('.step').length > 0);
}

const boxes = () => [...root.querySelectorAll<HTMLInputElement>('.step input[type=checkbox]')];
const progress = () => root.querySelector('.progress')?.textContent;
const click = (el: HTMLElement) => act(() => el.click());

beforeAll(async () => {
  await initI18n('ar');
  directory = await realDirectory();
  guide = realGuide();
});
beforeEach(() => {
  resetGuideCache();
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(guide))));
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
});

describe('Ukraine page', () => {
  it('shows every step in the app language, with a switch to Ukrainian', async () => {
    await show('#/ukraine');
    expect(root.querySelector('section')?.getAttribute('lang')).toBe('ar');
    expect(root.querySelector('h1')?.textContent).toBe('من أوكرانيا: الخطوات الأولى');
    expect(boxes()).toHaveLength(guide.ukraine.steps.length);
    expect(root.querySelector('.step label')?.textContent).toBe(guide.ukraine.steps[0]!.title.ar);

    const uk = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Українською')!;
    await click(uk);
    await until(() => root.querySelector('h1')?.textContent === 'З України: перші кроки');
    expect(root.querySelector('section')?.getAttribute('lang')).toBe('uk');
    expect(root.querySelector('section')?.getAttribute('dir')).toBe('ltr');
    expect(root.querySelector('.step label')?.textContent).toBe(guide.ukraine.steps[0]!.title.uk);
    expect(location.hash).toBe('#/ukraine?in=uk');
  });

  it('keeps ticks on the device and counts them', async () => {
    const storage = memoryStorage();
    await show('#/ukraine?in=uk', storage);
    const total = guide.ukraine.steps.length;
    await until(() => progress() === `Виконано 0 кроків із ${total}`);
    await click(boxes()[0]!);
    await click(boxes()[2]!);
    expect(progress()).toBe(`Виконано 2 кроки із ${total}`);
    const ids = guide.ukraine.steps.map((s) => s.id);
    expect(await storage.checklist()).toEqual({ [ids[0]!]: true, [ids[2]!]: true });
  });

  it('takes a tick back and says why when the device cannot store it', async () => {
    const storage = { ...memoryStorage(), setChecklistStep: () => Promise.reject(new StorageError('quota')) };
    await show('#/ukraine', storage);
    await click(boxes()[0]!);
    await until(() => boxes()[0]!.checked === false);
    expect(app.get().notices.map((n) => n.key)).toContain('storage.quota');
  });

  it('asks where the user lives, then links the town hall of that place', async () => {
    await show('#/ukraine');
    const townStep = root.querySelector('.step')!;
    expect(townStep.querySelector('.step-who a')).toBeNull();
    const select = root.querySelector<HTMLSelectElement>('#guide-home')!;
    await act(() => {
      select.value = '06636016';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(app.get().home).toBe('06636016');
    await until(() => townStep.querySelector('.step-who a')?.getAttribute('href') === '#/e/rathaus-witzenhausen');
  });

  it('shows German beside the chosen language, with glossary links in the German text', async () => {
    await show('#/ukraine?pair=1&with=fa-AF', memoryStorage(), '06636003');
    // The plain sentence is paired too; the full text is paired behind "More".
    const [sumDe, sumFa] = [...root.querySelector('.step > .pair')!.children];
    expect([sumDe?.textContent, sumFa?.textContent]).toEqual([guide.ukraine.steps[0]!.summary.de, guide.ukraine.steps[0]!.summary['fa-AF']]);
    const pair = root.querySelector('.step .step-more .pair')!;
    const [de, fa] = [...pair.children];
    expect([de?.getAttribute('lang'), de?.getAttribute('dir')]).toEqual(['de', 'ltr']);
    expect([fa?.getAttribute('lang'), fa?.getAttribute('dir')]).toEqual(['fa-AF', 'rtl']);
    expect(de?.textContent).toContain(guide.ukraine.steps[0]!.text.de);
    expect(fa?.textContent).toContain(guide.ukraine.steps[0]!.text['fa-AF']);
    expect([...root.querySelectorAll('.pair-de a.glossary-link')].length).toBeGreaterThan(0);
  });

  it('dates every source and shows the legal note', async () => {
    await show('#/ukraine?in=uk');
    const firstSources = root.querySelector('.step .sources')!.textContent!;
    expect(firstSources).toContain('Станом на 31 серпня 2023');
    expect(firstSources).toContain(guide.ukraine.steps[0]!.sources[0]!.title);
    expect(root.querySelector('.legal-note')?.textContent).toBe(guide.ukraine.legalNote.uk);
    expect(root.querySelectorAll('.resources > li')).toHaveLength(guide.ukraine.resources.length);
  });
});
