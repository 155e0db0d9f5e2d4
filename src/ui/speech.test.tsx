import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../i18n';
import { ListenButton, VoiceNote } from './ListenButton';
import { pickVoice, speak, stopSpeaking, watchVoices } from './speech';

/** A voice as a browser lists it; localService false = a network voice. */
const voice = (lang: string, localService = true, name = `${lang}${localService ? '' : ' (online)'}`): SpeechSynthesisVoice =>
  ({ lang, localService, name, voiceURI: name, default: false }) as SpeechSynthesisVoice;

class FakeUtterance {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

/** A stand-in for window.speechSynthesis that records what it was asked to say. */
class FakeSynth extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: FakeUtterance[] = [];
  cancels = 0;
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancels += 1;
  }
  /** Voices arrive later, as in Chrome. */
  load(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

let synth: FakeSynth;
const root = document.createElement('div');

beforeAll(async () => {
  await initI18n('de');
  document.body.append(root);
});
beforeEach(() => {
  synth = new FakeSynth();
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
});
afterEach(async () => {
  stopSpeaking();
  await act(() => render(null, root));
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('choosing a voice', () => {
  it('takes an installed voice of the language and none of another', () => {
    const uk = voice('uk-UA');
    expect(pickVoice([voice('de-DE'), uk], 'uk')).toBe(uk);
    expect(pickVoice([voice('de-DE'), uk], 'ar')).toBeUndefined();
  });

  it('never takes a network voice, even when it is the only one', () => {
    expect(pickVoice([voice('ar-SA', false)], 'ar')).toBeUndefined();
    const local = voice('ar-EG');
    expect(pickVoice([voice('ar-SA', false), local], 'ar')).toBe(local);
  });

  it('reads Dari with a Dari voice if there is one, else with a Persian one', () => {
    const persian = voice('fa-IR');
    const dari = voice('prs_AF');
    expect(pickVoice([persian], 'fa-AF')).toBe(persian);
    expect(pickVoice([persian, dari], 'fa-AF')).toBe(dari);
    // "fa" must not match "far…" or other tags that merely start with the letters.
    expect(pickVoice([voice('fr-FR')], 'fa-AF')).toBeUndefined();
  });
});

describe('speaking', () => {
  it('reads each text in its own language with that language’s voice', () => {
    synth.voices = [voice('de-DE'), voice('uk-UA'), voice('ar-SA', false)];
    expect(speak('de-text', 'Ich habe einen Termin.', 'de')).toBe(true);
    expect(speak('uk-text', 'У мене запис на прийом.', 'uk')).toBe(true);
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.lang])).toEqual([
      ['Ich habe einen Termin.', 'de', 'de-DE'],
      ['У мене запис на прийом.', 'uk', 'uk-UA'],
    ]);
    // Starting a text stops the one before.
    expect(synth.cancels).toBe(2);
  });

  it('says nothing when the language has no installed voice', () => {
    synth.voices = [voice('de-DE'), voice('ar-SA', false)];
    expect(speak('ar-text', 'عندي موعد.', 'ar')).toBe(false);
    expect(synth.spoken).toEqual([]);
  });

  it('hears voices that load after the page', () => {
    const seen: number[] = [];
    const stop = watchVoices((list) => seen.push(list.length));
    synth.load([voice('de-DE'), voice('uk-UA')]);
    stop();
    synth.load([]);
    expect(seen).toEqual([0, 2]);
  });
});

describe('ListenButton and VoiceNote', () => {
  const buttons = () => [...root.querySelectorAll<HTMLButtonElement>('[data-testid=listen]')];
  const note = () => root.querySelector('[data-testid=voice-note]');

  it('shows "listen" only where a voice exists, reads on tap and offers "stop" while reading', async () => {
    synth.voices = [voice('de-DE')];
    await act(() =>
      render(
        <>
          <ListenButton id="a" text="Guten Tag" lang="de" />
          <ListenButton id="b" text="Добрий день" lang="uk" />
        </>,
        root,
      ),
    );
    expect(buttons()).toHaveLength(1);
    await act(() => buttons()[0]?.click());
    expect(synth.spoken.map((u) => u.text)).toEqual(['Guten Tag']);
    expect(buttons()[0]?.getAttribute('aria-pressed')).toBe('true');
    expect(buttons()[0]?.textContent).toBe('Stopp');
    await act(() => buttons()[0]?.click());
    expect(buttons()[0]?.getAttribute('aria-pressed')).toBe('false');
    // The end of the text also gives "listen" back.
    await act(() => buttons()[0]?.click());
    await act(() => synth.spoken[1]?.onend?.());
    expect(buttons()[0]?.textContent).toBe('Vorlesen');
  });

  it('appears when the voice arrives late', async () => {
    await act(() => render(<ListenButton id="a" text="Добрий день" lang="uk" />, root));
    expect(buttons()).toHaveLength(0);
    await act(() => synth.load([voice('uk-UA')]));
    expect(buttons()).toHaveLength(1);
  });

  it('says once, and how to add one, when a language of the screen has no voice', async () => {
    vi.useFakeTimers();
    synth.voices = [voice('de-DE'), voice('ar-SA', false)];
    await act(() => render(<VoiceNote langs={['de', 'ar', 'ar']} />, root));
    expect(note()?.textContent).toContain('Arabisch');
    expect(note()?.textContent).not.toContain('Deutsch');
    expect(note()?.textContent).toContain('Android');
    expect(note()?.textContent).toContain('iPhone');
    expect(root.querySelectorAll('[data-testid=voice-note]')).toHaveLength(1);
  });

  it('waits for late voices before saying there are none, and says nothing when all are there', async () => {
    vi.useFakeTimers();
    await act(() => render(<VoiceNote langs={['de']} />, root));
    expect(note()).toBeNull();
    await act(() => synth.load([voice('de-DE')]));
    await act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(note()).toBeNull();
  });

  it('says so after the grace time when the device announces no voice at all', async () => {
    vi.useFakeTimers();
    await act(() => render(<VoiceNote langs={['uk']} />, root));
    expect(note()).toBeNull();
    await act(() => {
      vi.advanceTimersByTime(2000);
    });
    expect(note()?.textContent).toContain('Ukrainisch');
  });
});
