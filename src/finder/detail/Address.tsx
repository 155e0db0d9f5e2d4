import { useRef, useState } from 'preact/hooks';
import type { Entry } from '../../directory/types';
import { currentLang, t } from '../../i18n';
import { Icon } from '../../ui/icons';
import { copyText, type CopyOutcome } from './copy';
import { addressLines } from './format';
import { GermanNote } from './German';
import { geoHref, osmHref } from './links';

/**
 * The German address (what a bus driver or a passer-by needs), a copy button, how exact the map
 * point is, and the ways to open it in the phone's maps app.
 */
export function Address({ entry }: { entry: Entry }) {
  const { address, location } = entry;
  const box = useRef<HTMLParagraphElement>(null);
  const [copied, setCopied] = useState<CopyOutcome | undefined>();
  const lines = address ? addressLines(address) : [];
  return (
    <section class="detail-section" aria-labelledby="detail-address">
      <h2 id="detail-address">{t('detail:address.title')}</h2>
      {address ? (
        <>
          <p class="detail-address" lang="de" dir="ltr" ref={box} data-testid="detail-address">
            {lines.map((line) => (
              <span key={line}>{line}</span>
            ))}
          </p>
          {!address.street && <p class="detail-unknown">{t('detail:address.streetUnknown')}</p>}
          {address.note && <GermanNote block note={address.note} lang={currentLang()} />}
          <p class="detail-hint">{t('detail:address.showDriver')}</p>
          <button
            type="button"
            class="button button-secondary"
            onClick={async () => setCopied(await copyText(lines.join('\n'), box.current))}
          >
            <Icon name="copy" />
            <span>{t('detail:address.copy')}</span>
          </button>
          <p role="status" class="detail-status">
            {copied && t(`detail:copy.${copied}`)}
          </p>
        </>
      ) : (
        <p class="detail-unknown">{t('detail:address.unknown')}</p>
      )}
      {location ? (
        <>
          {location.precision !== 'building' && (
            <p class="detail-hint">{t(`detail:address.precision.${location.precision}`)}</p>
          )}
          <ul class="detail-actions">
            <li>
              <a class="button button-secondary" href={geoHref(location, entry.name)}>
                <Icon name="pin" />
                <span>{t('detail:address.mapsApp')}</span>
              </a>
            </li>
            <li>
              <a class="button button-secondary" href={osmHref(location)} target="_blank" rel="noopener noreferrer">
                <Icon name="globe" />
                <span>{t('detail:address.osm')}</span>
                <span class="visually-hidden">{t('detail:newTab')}</span>
              </a>
            </li>
          </ul>
        </>
      ) : (
        address && <p class="detail-hint">{t('detail:address.noPoint')}</p>
      )}
    </section>
  );
}
