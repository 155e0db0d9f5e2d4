import { t } from '../i18n';
import { Icon } from '../ui/icons';
import { app, dismiss } from './state';
import { useStore } from './store';

/** A notice's key is looked up in these: its own texts (offline, update, storage), then "common". */
const NOTICE_NAMESPACES = ['notices', 'common'];

/**
 * Messages above the screen: offline, an update waiting, storage trouble and one-off notices.
 * Loaded on the first message only (most starts have none); the live region that announces
 * them to screen readers is in the shell from the start.
 */
export default function Notices() {
  const online = useStore(app, (s) => s.online);
  const applyUpdate = useStore(app, (s) => s.applyUpdate);
  const storageProblem = useStore(app, (s) => s.storageProblem);
  const notices = useStore(app, (s) => s.notices);
  return (
    <>
      {!online && (
        <p class="notice notice-offline" data-testid="offline-indicator">
          <Icon name="offline" /> {t('notices:offline.banner')}
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
