import { useState } from 'preact/hooks';
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
 */
export default function Notices() {
  // Offline is said once; closed, it stays away for this session (the app works offline anyway).
  const [seen, setSeen] = useState(offlineSeen);
  const online = useStore(app, (s) => s.online);
  const applyUpdate = useStore(app, (s) => s.applyUpdate);
  const storageProblem = useStore(app, (s) => s.storageProblem);
  const notices = useStore(app, (s) => s.notices);
  return (
    <>
      {!online && !seen && (
        <p class="notice notice-offline" data-testid="offline-indicator">
          <Icon name="offline" />
          <span>{t('notices:offline.banner')}</span>
          <button
            type="button"
            class="icon-button"
            aria-label={t('close')}
            onClick={() => {
              setSeen(true);
              try {
                sessionStorage.setItem(OFFLINE_SEEN, '1');
              } catch {
                // Without session storage it stays closed until the next start.
              }
            }}
          >
            <Icon name="close" />
          </button>
        </p>
      )}
      {applyUpdate && (
        <p class="notice notice-info">
          <span>{t('notices:update.available')}</span>
          <button type="button" class="button" onClick={applyUpdate}>
            {t('notices:update.apply')}
          </button>
        </p>
      )}
      {storageProblem && (
        <p class="notice notice-warning" data-testid="storage-problem">
          {t(`notices:storage.${storageProblem}`)}
        </p>
      )}
      {notices.map((n) => (
        <p key={n.id} class={`notice notice-${n.tone}`}>
          <span>{t(n.key, { ...n.values, ns: NOTICE_NAMESPACES })}</span>
          <button type="button" class="icon-button" onClick={() => dismiss(n.id)} aria-label={t('close')}>
            <Icon name="close" />
          </button>
        </p>
      ))}
    </>
  );
}
