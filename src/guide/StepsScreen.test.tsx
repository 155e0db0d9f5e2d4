import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { app } from '../app/state';
import type { Directory } from '../directory/types';
import { initI18n } from '../i18n';
import { realDirectory, realGuide } from './data.test-util';
import { mount, type Mounted } from './screen.test-util';
import StepsScreen from './StepsScreen';
import TopicScreen from './TopicScreen';
import type { Guide } from './types';

let directory: Directory;
let guide: Guide;
let screen: Mounted | undefined;

beforeAll(async () => {
  await initI18n('de');
  directory = await realDirectory();
  guide = realGuide();
});
afterEach(async () => {
  await screen?.unmount();
  screen = undefined;
});

const heading = () => screen!.root.querySelector('h1')?.textContent;

describe('StepsScreen', () => {
  it('shows the asylum page and stores a tick under "asylum/<step>"', async () => {
    screen = await mount(StepsScreen, '#/steps/asylum', directory, guide);
    await screen.until(() => screen!.root.querySelectorAll('.step').length === guide.pages!.asylum!.steps.length);
    expect(heading()).toBe(guide.pages!.asylum!.title.de);
    const box = screen.root.querySelector<HTMLInputElement>('.step input[type=checkbox]')!;
    box.click();
    const storage = app.get().storage;
    await screen.until(() => box.checked);
    const stored = await storage.checklist();
    expect(stored).toEqual({ [`asylum/${guide.pages!.asylum!.steps[0]!.id}`]: true });
  });

  it('says so for a page that does not exist', async () => {
    screen = await mount(StepsScreen, '#/steps/nope', directory, guide);
    await screen.until(() => heading() === 'Diese Seite gibt es nicht.');
    expect(screen.root.querySelectorAll('.step')).toHaveLength(0);
  });
});

describe('TopicScreen', () => {
  it('lists the topics and shows one with its sources and review date', async () => {
    screen = await mount(TopicScreen, '#/topic', directory, guide);
    await screen.until(() => screen!.root.querySelectorAll('.topic-list a').length === guide.topics!.length);
    await screen.unmount();
    const kita = guide.topics!.find((t) => t.id === 'kita')!;
    screen = await mount(TopicScreen, '#/topic/kita', directory, guide);
    await screen.until(() => heading() === kita.title.de);
    expect(screen.root.querySelectorAll('.sources li').length).toBe(kita.sources.length);
    expect(screen.root.querySelector('.step-review')?.textContent).toContain('2027');
  });
});
