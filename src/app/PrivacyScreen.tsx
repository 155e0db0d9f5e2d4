import './settings.css';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { deleteAllData } from './delete-all';
import type { ScreenProps } from './router';
import { app } from './state';

/** What the app keeps, where, and a button that removes all of it. */
export default function PrivacyScreen(_props: ScreenProps) {
  const [state, setState] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  const deleteAll = async () => {
    try {
      await deleteAllData(app.get().storage);
      setState('done');
      // Start fresh: the language picker, the bundled directory, no favourites.
      setTimeout(() => window.location.replace(window.location.pathname), 1200);
    } catch {
      setState('failed');
    }
  };
  return (
    <section class="screen privacy">
      <h1 tabIndex={-1}>{t('info:privacy.title')}</h1>
      <p>{t('info:privacy.nothingLeaves')}</p>
      <h2>{t('info:privacy.keptTitle')}</h2>
      <ul>
        <li>{t('info:privacy.keptSettings')}</li>
        <li>{t('info:privacy.keptFavourites')}</li>
        <li>{t('info:privacy.keptChecklist')}</li>
        <li>{t('info:privacy.keptData')}</li>
        <li>{t('info:privacy.keptMapTiles')}</li>
      </ul>
      <h2>{t('info:privacy.requestsTitle')}</h2>
      <ul>
        <li>{t('info:privacy.requestUpdate')}</li>
        <li>{t('info:privacy.requestMap')}</li>
        <li>{t('info:privacy.requestLinks')}</li>
        <li>{t('info:privacy.requestPosition')}</li>
      </ul>
      <p>{t('info:privacy.noTracking')}</p>
      <h2>{t('info:privacy.deleteTitle')}</h2>
      {state === 'idle' && (
        <button type="button" class="button button-danger" onClick={() => setState('confirm')}>
          {t('info:privacy.delete')}
        </button>
      )}
      {state === 'confirm' && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('info:privacy.confirm')}</p>
          <button type="button" class="button button-danger" onClick={() => void deleteAll()}>
            {t('info:privacy.confirmYes')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => setState('idle')}>
            {t('cancel')}
          </button>
        </div>
      )}
      {state === 'done' && <p role="status">{t('info:privacy.deleted')}</p>}
      {state === 'failed' && <p role="alert">{t('info:privacy.deleteFailed')}</p>}
    </section>
  );
}
