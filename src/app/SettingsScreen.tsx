import './settings.css';
import { useState } from 'preact/hooks';
import { currentLang, t } from '../i18n';
import { LANGUAGES } from '../i18n/languages';
import { readPrefs } from '../storage/prefs';
import { DataAge } from './DataAge';
import { checkForDataUpdate, type UpdateOutcome } from './data-update';
import { href } from './router';
import type { ScreenProps } from './router';
import { applyDisplay, chooseLanguage } from './settings';

/** Language, text size, contrast and the data update, as the district's own site offers them. */
export default function SettingsScreen(_props: ScreenProps) {
  const [prefs, setPrefs] = useState(readPrefs);
  const [outcome, setOutcome] = useState<UpdateOutcome | 'checking' | undefined>();
  const lang = currentLang();
  const setDisplay = (patch: Parameters<typeof applyDisplay>[0]) => {
    applyDisplay(patch);
    setPrefs(readPrefs());
  };

  return (
    <section class="screen settings">
      <h1 tabIndex={-1}>{t('settings:title')}</h1>

      <fieldset>
        <legend>{t('settings:language')}</legend>
        <div class="choice-row">
          {LANGUAGES.map((l) => (
            <button
              key={l.code}
              type="button"
              class="choice"
              lang={l.code}
              dir={l.dir}
              aria-pressed={lang === l.code}
              onClick={() => void chooseLanguage(l.code)}
            >
              {l.name}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('settings:textSize')}</legend>
        {/* Each choice is written in the size it gives, so the three look as different as they are. */}
        <div class="choice-row text-sizes">
          {([1, 2, 3] as const).map((size) => (
            <button
              key={size}
              type="button"
              class={`choice text-size-${size}`}
              aria-pressed={prefs.textSize === size}
              onClick={() => setDisplay({ textSize: size })}
            >
              {t(`settings:size${size}`)}
            </button>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('settings:contrast')}</legend>
        <label class="switch">
          <input
            type="checkbox"
            checked={prefs.contrast === 'high'}
            onChange={(e) => setDisplay({ contrast: e.currentTarget.checked ? 'high' : 'normal' })}
          />
          <span>{t('settings:contrastHigh')}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('settings:data')}</legend>
        <p>
          <DataAge />
        </p>
        <button
          type="button"
          class="button"
          disabled={outcome === 'checking'}
          onClick={async () => {
            setOutcome('checking');
            setOutcome(await checkForDataUpdate(true));
          }}
        >
          {t('settings:checkNow')}
        </button>
        {outcome && (
          <p role="status" class="update-outcome">
            {t(outcome === 'checking' ? 'settings:checking' : `settings:outcome.${outcome.kind}`)}
            {typeof outcome === 'object' && outcome.kind === 'rejected' && outcome.problems[0] && (
              <span class="problem" lang="de" dir="ltr">
                {' '}
                {outcome.problems[0].field} {outcome.problems[0].message}
              </span>
            )}
          </p>
        )}
      </fieldset>

      <p class="links">
        <a href={href(['privacy'])}>{t('nav.privacy')}</a>
        <a href={href(['about'])}>{t('nav.about')}</a>
      </p>
    </section>
  );
}
