import './header.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { currentLang, t } from '../i18n';
import { LANGUAGES } from '../i18n/languages';
import { Icon } from '../ui/icons';
import { navigate } from './router';
import { depth, settleScroll, startScrollMemory } from './scroll-memory';
import { chooseLanguage } from './settings';

/** The header's title per screen (first path segment → key in common); others show the app's name. */
const TITLES: Readonly<Record<string, string>> = {
  list: 'nav.search',
  e: 'header.detail',
  fav: 'nav.favourites',
  help: 'home.emergency',
  map: 'nav.map',
  card: 'header.card',
  ukraine: 'home.ukraine',
  steps: 'header.steps',
  topic: 'header.topic',
  glossary: 'home.glossary',
  pair: 'header.pair',
  way: 'header.way',
  settings: 'nav.settings',
  privacy: 'nav.privacy',
  about: 'nav.about',
};

/** The key of a screen's header title. */
export function titleKey(screen: string): string {
  return TITLES[screen] ?? 'appName';
}

// The scroll memory starts with the header, the first thing after the first paint.
startScrollMemory();

/**
 * Every screen's header (loaded right after the first paint, into a space the shell keeps for it): back (to the previous screen of the app; home when there is none), the
 * screen's name, and the language, one tap away: a Lotse switches for a moment and back again
 * without leaving the screen. The screen's own h1 stays the page's heading.
 */
export default function Header({ screen, path }: { screen: string; path: string }) {
  const inApp = depth() > 0;
  // On every screen change: back to where this screen was left, or its top. In a layout effect,
  // which runs before the shell marks the screen drawn (a child's before its parent's) and before
  // the frame: as a passive effect it ran a frame later, so a screen opened from a scrolled page
  // was first shown, and reported ready, at that page's offset, and a quick Back ran the new
  // screen's "to the top" on the page it returned to.
  useLayoutEffect(() => settleScroll(), [path]);
  return (
    <header class="appbar">
      {screen || inApp ? (
        <button type="button" class="icon-button appbar-back" aria-label={t('header.back')} onClick={() => (inApp ? history.back() : navigate('#/'))}>
          <Icon name="back" />
        </button>
      ) : (
        <span class="appbar-gap" />
      )}
      <p class="appbar-title">{t(titleKey(screen))}</p>
      <LanguageMenu />
    </header>
  );
}

/** A button that opens the four languages, each named in its own script. */
export function LanguageMenu() {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const lang = currentLang();
  useEffect(() => {
    if (!open) return;
    // A tap or focus anywhere else closes the menu, as Esc does.
    const away = (e: Event) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);
  const close = () => {
    setOpen(false);
    box.current?.querySelector('button')?.focus();
  };
  return (
    <div class="appbar-lang" ref={box} onKeyDown={(e) => e.key === 'Escape' && open && close()}>
      <button type="button" class="icon-button" aria-expanded={open} aria-controls="lang-menu" onClick={() => setOpen(!open)}>
        <Icon name="globe" />
        <span class="appbar-lang-name">{t('header.language')}</span>
      </button>
      {open && (
        <ul id="lang-menu" class="lang-menu">
          {LANGUAGES.map((l) => (
            <li key={l.code}>
              <button type="button" lang={l.code} dir={l.dir} aria-current={l.code === lang} onClick={() => void chooseLanguage(l.code).then(close)}>
                {l.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
