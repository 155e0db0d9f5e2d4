import './picker.css';
import type { Lang } from '../directory/types';
import { LANGUAGES, matchLanguage } from '../i18n/languages';
import { chooseLanguage } from './settings';

/** The browser's own preference, offered first. */
function suggested(): Lang | undefined {
  for (const tag of navigator.languages ?? []) {
    const lang = matchLanguage(tag);
    if (lang) return lang;
  }
  return undefined;
}

/**
 * The very first screen: every language named in its own script, with the question asked in all
 * four, so anyone can find theirs without reading German.
 */
export default function LanguagePicker() {
  const first = suggested();
  const ordered = first ? [...LANGUAGES].sort((a, b) => Number(b.code === first) - Number(a.code === first)) : LANGUAGES;
  return (
    <main class="picker" id="main">
      <h1>
        <span lang="de">Sprache wählen</span>
        <span lang="uk">Оберіть мову</span>
        <span lang="ar" dir="rtl">اختر اللغة</span>
        <span lang="fa-AF" dir="rtl">زبان را انتخاب کنید</span>
      </h1>
      <ul class="picker-list">
        {ordered.map((l) => (
          <li key={l.code}>
            <button type="button" class="picker-button" lang={l.code} dir={l.dir} onClick={() => chooseLanguage(l.code)}>
              <span class="picker-name">{l.name}</span>
              {l.code !== 'de' && (
                <span class="picker-german" lang="de" dir="ltr">
                  {l.germanName}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
