import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { LanguagePicker } from './LanguagePicker';
import { NavBar } from './NavBar';
import { Notices } from './Notices';
import { useRoute } from './router';
import { SCREENS } from './screens';
import { app } from './state';
import { useStore } from './store';
import { NotFound } from './NotFound';

/** The shell: header, messages, the current screen and the navigation bar. */
export function App() {
  const lang = useStore(app, (s) => s.lang);
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const key = route.segments[0] ?? '';
  const Screen = SCREENS[key] ?? NotFound;

  // After a screen change, move focus to the new screen's heading so screen readers announce it.
  const path = route.segments.join('/');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    const focusHeading = () => main.current?.querySelector<HTMLElement>('h1')?.focus();
    requestAnimationFrame(focusHeading);
  }, [path]);

  if (!lang) return <LanguagePicker />;
  return (
    <div class="shell">
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('skipToContent')}
      </a>
      <Notices />
      <main id="main" ref={main} tabIndex={-1}>
        <Screen route={route} />
      </main>
      <NavBar current={key} />
    </div>
  );
}
