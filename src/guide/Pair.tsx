import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Lang } from '../directory/types';
import { LANGUAGES } from '../i18n/languages';
import { langAttrs } from './lang';

/** The languages that can stand beside German. */
export const SECOND_LANGS: readonly Lang[] = ['uk', 'ar', 'fa-AF'];

/** Reads a second language from a URL value; anything else gives `fallback`. */
export function secondLang(value: string | null, fallback: Lang): Lang {
  return SECOND_LANGS.find((l) => l === value) ?? fallback;
}

/**
 * German and a second language side by side: two columns on a wide screen, one below the other
 * (German first) on a phone. Each column carries its own lang and dir, so Arabic runs right to
 * left beside German running left to right.
 */
export function Pair({ other, de, second }: { other: Lang; de: ComponentChildren; second: ComponentChildren }) {
  return (
    <div class="pair">
      <div class="pair-col pair-de" lang="de" dir="ltr">
        {de}
      </div>
      <div class={`pair-col pair-${other}`} {...langAttrs(other)}>
        {second}
      </div>
    </div>
  );
}

/**
 * Buttons to choose the language beside German, each name written in its own script. The card
 * and the side-by-side view use the same buttons; the card also offers German alone.
 */
export function SecondLangPicker({ value, label, onChange, choices = SECOND_LANGS }: { value: Lang; label: string; onChange: (lang: Lang) => void; choices?: readonly Lang[] }) {
  const id = useId();
  // The label is visible: a Lotse must see that the language here is chosen apart from the app's.
  return (
    <div class="lang-choice" role="group" aria-labelledby={id}>
      <p class="lang-choice-label" id={id}>
        {label}
      </p>
      {LANGUAGES.filter((l) => choices.includes(l.code)).map((l) => (
        <button key={l.code} type="button" class="choice" lang={l.code} dir={l.dir} aria-pressed={value === l.code} onClick={() => onChange(l.code)}>
          {l.name}
        </button>
      ))}
    </div>
  );
}
