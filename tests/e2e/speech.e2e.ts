import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { baseURL, firstVisit, newContext } from './helpers';
import { browser } from './session';

// Headless Chromium has no voices of its own; a stand-in speechSynthesis gives the page a
// Persian and a German voice on the device and an Arabic one only on the network.
type Speech = { stop: string; howAndroid: string; howIphone: string };
const fa = JSON.parse(readFileSync('locales/fa-AF/speech.json', 'utf8')) as Speech;
const ar = JSON.parse(readFileSync('locales/ar/speech.json', 'utf8')) as Speech;

function fakeVoices(): void {
  const voices = [
    { lang: 'fa-IR', localService: true, name: 'Dariush', voiceURI: 'fa', default: false },
    { lang: 'de-DE', localService: true, name: 'Anna', voiceURI: 'de', default: true },
    { lang: 'ar-SA', localService: false, name: 'Online Arabic', voiceURI: 'ar', default: false },
  ];
  class Utterance {
    lang = '';
    voice: unknown = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  const spoken: { text: string; lang: string; voice: string }[] = [];
  class Synth extends EventTarget {
    getVoices() {
      return voices;
    }
    speak(u: Utterance) {
      spoken.push({ text: u.text, lang: u.lang, voice: (u.voice as { lang: string } | null)?.lang ?? '' });
    }
    cancel() {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: new Synth(), configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'spokenTexts', { value: spoken, configurable: true });
}

let context: BrowserContext;
let page: Page;

afterAll(async () => {
  await context?.close();
});

async function start(lang: 'fa-AF' | 'ar'): Promise<void> {
  await context?.close();
  context = await newContext(browser);
  await context.addInitScript(fakeVoices);
  page = await context.newPage();
  await firstVisit(page, lang);
}

describe('read aloud with the device’s voices', () => {
  it('reads a Dari glossary term with the Persian voice and the German word with the German one, also after a reload', async () => {
    await start('fa-AF');
    for (const pass of ['first', 'reload']) {
      if (pass === 'reload') await page.reload();
      else await page.goto(`${baseURL()}#/glossary?term=duldung`);
      const buttons = page.getByTestId('listen');
      await buttons.first().waitFor();
      expect(await buttons.count(), pass).toBe(2);
      expect(await page.getByTestId('voice-note').count(), pass).toBe(0);
    }
    await page.getByTestId('listen').first().click();
    expect(await page.getByTestId('listen').first().textContent()).toBe(fa.stop);
    await page.getByTestId('listen').last().click();
    const spoken = await page.evaluate(() => (window as unknown as { spokenTexts: { lang: string; voice: string; text: string }[] }).spokenTexts);
    expect(spoken.map((s) => [s.lang, s.voice])).toEqual([
      ['fa-AF', 'fa-IR'],
      ['de', 'de-DE'],
    ]);
    expect(spoken[1]?.text).toContain('Duldung');
  });

  it('offers no network voice: an Arabic page says once that there is no voice, and how to add one', async () => {
    await start('ar');
    await page.goto(`${baseURL()}#/e/jobcenter-eschwege`);
    const note = page.getByTestId('voice-note');
    await note.waitFor();
    expect(await note.count()).toBe(1);
    expect(await page.getByTestId('listen').count()).toBe(0);
    expect(await note.textContent()).toContain(ar.howAndroid);
    expect(await note.textContent()).toContain(ar.howIphone);
    await page.reload();
    await note.waitFor();
    expect(await page.getByTestId('listen').count()).toBe(0);
  });
});
