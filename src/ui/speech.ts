/**
 * Read aloud with the phone's own voices (Web Speech API). Only voices installed on the device
 * (`localService`) are used: a network voice would send the text to a server, against the app's
 * privacy promise, and would not work offline. Voices may arrive late (`voiceschanged`).
 */
import type { Lang } from '../directory/types';

/**
 * Voice language tags that can read a text of each app language, best first. Dari has few voices
 * of its own ("fa-AF", "prs"); a Persian voice ("fa-IR") reads Dari text understandably.
 */
const VOICE_TAGS: Readonly<Record<Lang, readonly string[]>> = {
  de: ['de'],
  uk: ['uk'],
  ar: ['ar'],
  'fa-AF': ['fa-af', 'prs', 'fa'],
};

const normal = (tag: string): string => tag.toLowerCase().replaceAll('_', '-');

/** Whether a voice's language ("fa-IR", "fa_IR") is the wanted tag or a region of it. */
function fit(voiceLang: string, tag: string): boolean {
  const v = normal(voiceLang);
  return v === tag || v.startsWith(`${tag}-`);
}

/** The best installed voice for a language, or undefined when the device has none. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: Lang): SpeechSynthesisVoice | undefined {
  const local = voices.filter((v) => v.localService === true);
  for (const tag of VOICE_TAGS[lang]) {
    const matching = local.filter((v) => fit(v.lang, tag));
    // The device's default voice for the language sounds best; otherwise the first one.
    const voice = matching.find((v) => v.default) ?? matching[0];
    if (voice) return voice;
  }
  return undefined;
}

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** True when the browser can speak at all (it may still have no voice for a language). */
export function speechAvailable(): boolean {
  return synth() !== undefined && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** The voices now, and a way to hear when the list changes (voices load after the page). */
export function watchVoices(onChange: (voices: readonly SpeechSynthesisVoice[]) => void): () => void {
  const s = synth();
  if (!s) return () => undefined;
  const update = () => onChange(s.getVoices());
  update();
  s.addEventListener('voiceschanged', update);
  return () => s.removeEventListener('voiceschanged', update);
}

type Listener = (speaking: string | undefined) => void;
const listeners = new Set<Listener>();
let speaking: string | undefined;

function setSpeaking(id: string | undefined): void {
  speaking = id;
  listeners.forEach((l) => l(id));
}

/** Which text (by the caller's id) is being read now, if any. */
export function speakingId(): string | undefined {
  return speaking;
}

/** Hears which text (by the caller's id) is being read, so only that one shows "stop". */
export function onSpeaking(listener: Listener): () => void {
  listeners.add(listener);
  listener(speaking);
  return () => listeners.delete(listener);
}

/**
 * Reads a text in its language with an installed voice. Stops whatever was being read. Returns
 * false (and says nothing) when the device has no local voice for the language.
 */
export function speak(id: string, text: string, lang: Lang): boolean {
  const s = synth();
  if (!s || typeof SpeechSynthesisUtterance === 'undefined') return false;
  const voice = pickVoice(s.getVoices(), lang);
  if (!voice) return false;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  // The text's language, not the voice's: a Persian voice reads Dari as Dari text.
  utterance.lang = lang;
  const done = () => {
    if (speaking === id) setSpeaking(undefined);
  };
  utterance.onend = done;
  utterance.onerror = done;
  setSpeaking(id);
  s.speak(utterance);
  return true;
}

/** Stops reading. */
export function stopSpeaking(): void {
  synth()?.cancel();
  setSpeaking(undefined);
}
