import './listen.css';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../directory/types';
import { intlLocale, t } from '../i18n';
import { Icon } from './icons';
import { onSpeaking, pickVoice, speak, speakingId, speechAvailable, stopSpeaking, watchVoices } from './speech';

/** How long to wait for a browser that announces its voices late before saying there are none. */
const VOICES_GRACE_MS = 1500;

interface Voices {
  readonly list: readonly SpeechSynthesisVoice[];
  /** True once the list can be trusted: voices arrived, or the grace time passed without any. */
  readonly settled: boolean;
}

/** The device's voices, updated when they load late. */
export function useVoices(): Voices {
  const [voices, setVoices] = useState<Voices>({ list: [], settled: false });
  useEffect(() => {
    const stop = watchVoices((list) => setVoices((v) => ({ list, settled: v.settled || list.length > 0 })));
    const timer = setTimeout(() => setVoices((v) => ({ ...v, settled: true })), VOICES_GRACE_MS);
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);
  return voices;
}

function languageLabel(lang: Lang): string {
  try {
    return new Intl.DisplayNames([intlLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/**
 * "Listen" for one text, read by an installed voice of the text's language; "Stop" while it is
 * read. Renders nothing where the device has no such voice (VoiceNote says so once per screen).
 */
export function ListenButton({ id, text, lang, showLanguage }: { id: string; text: string; lang: Lang; showLanguage?: boolean }) {
  const voices = useVoices();
  const [current, setCurrent] = useState<string | undefined>();
  useEffect(() => onSpeaking(setCurrent), []);
  // A screen that goes away stops its reading (and only its own).
  useEffect(() => () => (speakingId() === id ? stopSpeaking() : undefined), [id]);
  if (!speechAvailable() || !pickVoice(voices.list, lang)) return null;
  const active = current === id;
  const label = showLanguage ? t('speech:listenIn', { language: languageLabel(lang) }) : t('speech:listen');
  return (
    <button
      type="button"
      class="button button-secondary listen-button"
      aria-pressed={active}
      data-testid="listen"
      onClick={() => (active ? stopSpeaking() : speak(id, text, lang))}
    >
      <Icon name={active ? 'close' : 'speaker'} />
      <span>{active ? t('speech:stop') : label}</span>
    </button>
  );
}

/**
 * Said once per screen: reading aloud would be possible, but the device has no installed voice for
 * one of the screen's languages, and how to add one.
 */
export function VoiceNote({ langs }: { langs: readonly Lang[] }) {
  const voices = useVoices();
  if (!speechAvailable() || !voices.settled) return null;
  const missing = [...new Set(langs)].filter((lang) => !pickVoice(voices.list, lang));
  if (missing.length === 0) return null;
  return (
    <div class="notice voice-note" data-testid="voice-note">
      <p>{t('speech:noVoice', { language: missing.map(languageLabel).join(', ') })}</p>
      <p>{t('speech:how')}</p>
      <ul>
        <li>{t('speech:howAndroid')}</li>
        <li>{t('speech:howIphone')}</li>
      </ul>
    </div>
  );
}
