import './settings.css';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { deleteAllData } from './delete-all';
import type { ScreenProps } from './screens';
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
      <h1 tabIndex={-1}>{t('privacy.title')}</h1>
      <p>{t('privacy.nothingLeaves')}</p>
      <h2>{t('privacy.keptTitle')}</h2>
      <ul>
        <li>{t('privacy.keptSettings')}</li>
        <li>{t('privacy.keptFavourites')}</li>
        <li>{t('privacy.keptChecklist')}</li>
        <li>{t('privacy.keptData')}</li>
        <li>{t('privacy.keptMapTiles')}</li>
      </ul>
      <h2>{t('privacy.requestsTitle')}</h2>
      <ul>
        <li>{t('privacy.requestUpdate')}</li>
        <li>{t('privacy.requestMap')}</li>
        <li>{t('privacy.requestLinks')}</li>
        <li>{t('privacy.requestPosition')}</li>
      </ul>
      <p>{t('privacy.noTracking')}</p>
      <h2>{t('privacy.deleteTitle')}</h2>
      {state === 'idle' && (
        <button type="button" class="button button-danger" onClick={() => setState('confirm')}>
          {t('privacy.delete')}
        </button>
      )}
      {state === 'confirm' && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text">
          <p id="confirm-text">{t('privacy.confirm')}</p>
          <button type="button" class="button button-danger" onClick={() => void deleteAll()}>
            {t('privacy.confirmYes')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => setState('idle')}>
            {t('cancel')}
          </button>
        </div>
      )}
      {state === 'done' && <p role="status">{t('privacy.deleted')}</p>}
      {state === 'failed' && <p role="alert">{t('privacy.deleteFailed')}</p>}
    </section>
  );
}
