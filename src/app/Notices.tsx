import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { app, dismiss } from './state';
import { useStore } from './store';

const OFFLINE_SEEN = 'wegweiser.offlineSeen';

function offlineSeen(): boolean {
  try {
    return sessionStorage.getItem(OFFLINE_SEEN) === '1';
  } catch {
    return false;
  }
}

/** A notice's key is looked up in these: its own texts (offline, update, storage), then "common". */
const NOTICE_NAMESPACES = ['notices', 'common'];

/**
 * Messages at the top of the screen, in the flow of the page, so they never lie over content or
 * a button: offline, an update waiting, storage trouble and one-off notices. Loaded on the first
 * message only (most starts have none); the live region that announces them to screen readers
 * is in the shell from the start.
 *
 * A message that arrives while a screen is shown is said to screen readers at once but drawn only
 * with the next screen (a tap away): drawn at once it would push the screen down under a finger
 * about to tap (on an old phone the "works offline" message comes seconds after the home).
 */
export default function Notices({ path }: { path: string }) {
  // Offline is said once; closed, it stays away for this session (the app works offline anyway).
  const [seen, setSeen] = useState(offlineSeen);
  const online = useStore(app, (s) => s.online);
  const applyUpdate = useStore(app, (s) => s.applyUpdate);
  const storageProblem = useStore(app, (s) => s.storageProblem);
  const notices = useStore(app, (s) => s.notices);
  // Per message: the screen it arrived on, and the first screen it was drawn on.
  const arrived = useRef(new Map<string, string>());
  const drawnOn = useRef(new Map<string, string>());
  const present = new Set<string>();
  /** Whether a message is drawn on this screen (otherwise it is only in the live region). */
  const drawn = (id: string): boolean => {
    present.add(id);
    // Once drawn, it stays drawn on every screen, also back on the one it arrived on.
    if (drawnOn.current.has(id)) return true;
    if (!arrived.current.has(id)) arrived.current.set(id, path);
    if (arrived.current.get(id) === path) return false;
    drawnOn.current.set(id, path);
    return true;
  };
  // Forget messages that went away, so one that comes again (offline again) waits for a screen again.
  useEffect(() => {
    for (const id of [...arrived.current.keys()]) {
      if (!present.has(id)) {
        arrived.current.delete(id);
        drawnOn.current.delete(id);
      }
    }
  });
  // Good news goes away with the screen change after the one it was drawn on (a timer would move
  // the screen up while it is read).
  useEffect(() => {
    for (const n of notices) {
      const on = drawnOn.current.get(n.id);
      if (n.tone === 'success' && on !== undefined && on !== path) dismiss(n.id);
    }
  }, [path]);
  /** A message not drawn yet: its text only, for screen readers (no button to reach by keyboard). */
  const waiting = (id: string, text: string, testId?: string) => (
    <p key={id} class="visually-hidden" data-testid={testId}>
      {text}
    </p>
  );
  // The offline message, once drawn, keeps its place when the connection comes back: it says so
  // until the next screen. Taken away at once, it would pull the screen up under a finger about to
  // tap (a tick or a call button landing on the wrong line). Its height is kept too, as the
  // shorter text may need fewer lines.
  const backOn = useRef<string | undefined>(undefined);
  const offlineHeight = useRef(0);
  const [, redraw] = useState(0);
  if (!online) backOn.current = undefined;
  else if (backOn.current === undefined && drawnOn.current.has('offline') && !seen) backOn.current = path;
  const back = online && backOn.current === path;
  useEffect(() => {
    if (backOn.current !== undefined && backOn.current !== path) backOn.current = undefined;
  }, [path]);
  const closeBack = () => {
    backOn.current = '';
    redraw((n) => n + 1);
  };
  const closeOffline = () => {
    setSeen(true);
    try {
      sessionStorage.setItem(OFFLINE_SEEN, '1');
    } catch {
      // Without session storage it stays closed until the next start.
    }
  };
  return (
    <>
      {back && drawn('offline') && (
        <p class="notice notice-offline" data-testid="online-again" style={{ minBlockSize: `${offlineHeight.current}px` }}>
          <span>{t('notices:offline.back')}</span>
          <button type="button" class="icon-button" aria-label={t('close')} onClick={closeBack}>
            <Icon name="close" />
          </button>
        </p>
      )}
      {!online &&
        !seen &&
        (drawn('offline') ? (
          <p
            class="notice notice-offline"
            data-testid="offline-indicator"
            ref={(el) => {
              if (el) offlineHeight.current = el.getBoundingClientRect().height;
            }}
          >
            <Icon name="offline" />
            <span>{t('notices:offline.banner')}</span>
            <button type="button" class="icon-button" aria-label={t('close')} onClick={closeOffline}>
              <Icon name="close" />
            </button>
          </p>
        ) : (
          waiting('offline', t('notices:offline.banner'))
        ))}
      {applyUpdate &&
        (drawn('update') ? (
          <p class="notice notice-info">
            <span>{t('notices:update.available')}</span>
            <button type="button" class="button" onClick={applyUpdate}>
              {t('notices:update.apply')}
            </button>
          </p>
        ) : (
          waiting('update', t('notices:update.available'))
        ))}
      {storageProblem &&
        (drawn('storage') ? (
          <p class="notice notice-warning" data-testid="storage-problem">
            {t(`notices:storage.${storageProblem}`)}
          </p>
        ) : (
          waiting('storage', t(`notices:storage.${storageProblem}`))
        ))}
      {notices.map((n) => {
        const text = t(n.key, { ...n.values, ns: NOTICE_NAMESPACES });
        // A success that already had its screen is not drawn again (it is being dismissed).
        if (n.tone === 'success' && drawnOn.current.has(n.id) && drawnOn.current.get(n.id) !== path) {
          present.add(n.id);
          return null;
        }
        return drawn(n.id) ? (
          <p key={n.id} class={`notice notice-${n.tone}`}>
            <span>{text}</span>
            <button type="button" class="icon-button" onClick={() => dismiss(n.id)} aria-label={t('close')}>
              <Icon name="close" />
            </button>
          </p>
        ) : (
          waiting(n.id, text)
        );
      })}
    </>
  );
}
