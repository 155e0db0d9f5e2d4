import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { lazyScreen } from './lazy';
import { useDrawn, useLoading } from './ready';
import { NavBar } from './NavBar';
import { screenPath, useRoute } from './router';
import { SCREENS } from './screens';
import { app } from './state';
import { useStore } from './store';

// Only a first start needs the picker; returning users never download it.
export const LanguagePicker = lazyScreen(() => import('./LanguagePicker'));
// The messages' texts (namespace "notices") come with them, not with the first screen.
const Notices = lazyScreen(() => import('./Notices'), ['notices']);
const NotFound = lazyScreen(() => import('./NotFound'));
// Not needed to draw the first screen: drawn once that screen is shown (main.tsx), its place kept
// (app.css), so nothing moves when it comes.
const Header = lazyScreen(() => import('./Header'));

/** The shell: header, messages, the current screen and the navigation bar. */
export function App() {
  const lang = useStore(app, (s) => s.lang);
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const key = route.segments[0] ?? '';
  // Loaded with the first message, then kept: a message drawn when its cause ends (offline, then
  // online again) keeps its place until the next screen, which needs the component still there.
  const anyNotice = useStore(app, (s) => !s.online || !!s.applyUpdate || !!s.storageProblem || s.notices.length > 0);
  const hasNotices = useRef(false);
  if (anyNotice) hasNotices.current = true;
  const Screen = SCREENS[key] ?? NotFound;
  // The directory arrives after the first screen is drawn: until then no screen is "ready".
  useLoading(useStore(app, (s) => !s.directory && !s.dataFailed));
  const shown = useStore(app, (s) => s.shown);
  useLoading(!shown);
  useDrawn();

  // After a screen change, move focus to the new screen's heading so screen readers announce it.
  // (The header puts the page back where it was left, or at its top.)
  const path = screenPath(route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A screen that put the focus somewhere itself (a search box taking over typing) keeps it.
    const focusHeading = () => {
      const active = document.activeElement;
      if (active && active !== main.current && main.current?.contains(active)) return;
      // Without preventScroll the focus would scroll the heading into view, undoing the restore.
      main.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    };
    requestAnimationFrame(focusHeading);
  }, [path]);

  if (!lang) return <LanguagePicker />;
  return (
    <div class="shell">
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('skipToContent')}
      </a>
      <div class="appbar-slot">
        {shown && <Header screen={key} path={path} />}
      </div>
      <div class="notices" role="status" aria-live="polite">
        {hasNotices.current && <Notices path={path} />}
      </div>
      <main id="main" ref={main} tabIndex={-1}>
        <Screen route={route} />
      </main>
      <NavBar current={key} />
    </div>
  );
}
