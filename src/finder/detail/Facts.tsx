import type { Entry, Region } from '../../directory/types';
import { currentLang, intlLocale, t } from '../../i18n';
import { languageName } from '../list-labels';
import { localized, scopeText } from './format';
import { German } from './German';
import { RichText } from '../../ui/RichText';

/** Languages, step-free access, what to bring, how to get there, and who the office is for. */
export function Facts({ entry, region }: { entry: Entry; region: Region }) {
  const lang = currentLang();
  const bring = localized(entry.bring, lang);
  const transit = localized(entry.transit, lang);
  const scope = scopeText(entry.scope, region, lang);
  const spoken = entry.languages.map((code) => languageName(code, lang, intlLocale(lang)));
  return (
    <section class="detail-section" aria-labelledby="detail-facts">
      <h2 id="detail-facts">{t('detail:facts.title')}</h2>
      <dl class="detail-facts">
        <dt>{t('detail:facts.languages')}</dt>
        <dd class={spoken.length ? undefined : 'detail-unknown'}>
          {spoken.length ? spoken.join(', ') : t('detail:notKnown')}
        </dd>
        <dt>{t('detail:facts.barrierFree')}</dt>
        <dd class={entry.barrierFree === 'unknown' ? 'detail-unknown' : undefined}>
          {t(`detail:facts.access.${entry.barrierFree}`)}
        </dd>
        {bring && (
          <>
            <dt>{t('detail:facts.bring')}</dt>
            <dd lang={bring.lang} dir="auto">
              <RichText text={bring.text} />
            </dd>
          </>
        )}
        {transit && (
          <>
            <dt>{t('detail:facts.transit')}</dt>
            <dd lang={transit.lang} dir="auto">
              <RichText text={transit.text} />
            </dd>
          </>
        )}
        <dt>{t('detail:facts.scope')}</dt>
        {scope.kind === 'key' ? (
          <dd>{t(scope.key, { region: region.names[lang] ?? region.name })}</dd>
        ) : (
          <dd>
            <ul class="detail-towns">
              {scope.towns.map((town) => (
                <li key={town.name}>
                  <German>{town.name}</German>
                  {town.local && <span> ({town.local})</span>}
                </li>
              ))}
            </ul>
          </dd>
        )}
        {entry.locatedElsewhere && <dd>{t('detail:facts.elsewhere')}</dd>}
      </dl>
    </section>
  );
}
