import './guide.css';
import './way.css';
import type { ScreenProps } from '../app/router';
import { bearingDeg, compassPoint, distanceKm, formatDistance } from '../directory/geo';
import type { Entry } from '../directory/types';
import { currentLang } from '../i18n';
import { href } from '../app/router';
import { Icon } from '../ui/icons';
import { arrowAngle, useCompass } from './compass';
import { useEntry } from './entry';
import { useGuideT, type GuideT } from './lang';
import { usePosition } from '../app/position';

function Arrow({ angle, label }: { angle: number; label: string }) {
  return (
    <div class="way-arrow" role="img" aria-label={label}>
      <svg viewBox="0 0 100 100" width="160" height="160" style={{ transform: `rotate(${angle}deg)` }} aria-hidden="true">
        <path d="M50 6 L80 78 L50 62 L20 78 Z" fill="currentColor" />
      </svg>
    </div>
  );
}

function Direction({ entry, tr }: { entry: Entry & { location: NonNullable<Entry['location']> }; tr: GuideT }) {
  const lang = currentLang();
  const position = usePosition({ watch: true });
  const compass = useCompass(position.status === 'shown');
  const fix = position.status === 'shown' ? position.fix : undefined;
  const bearing = fix ? bearingDeg(fix, entry.location) : 0;
  const words = fix && tr('way.result', { distance: formatDistance(distanceKm(fix, entry.location), lang), direction: tr(`way.point.${compassPoint(bearing)}`) });

  return (
    <>
      {entry.location.precision === 'town' && <p class="notice">{tr('way.townOnly')}</p>}
      <button type="button" class="button" onClick={() => void position.ask()} disabled={position.status === 'asking'}>
        <Icon name="pin" />
        <span>{fix ? tr('way.again') : tr('way.locate')}</span>
      </button>
      <p class="way-status" role="status">
        {position.status === 'asking' && tr('way.locating')}
        {position.status === 'denied' && tr('way.denied')}
        {(position.status === 'failed' || position.status === 'unsupported') && tr('way.unavailable')}
        {words && <strong class="way-result">{words}</strong>}
      </p>
      {fix && compass.kind === 'heading' && (
        <>
          <Arrow angle={arrowAngle(bearing, compass.deg)} label={words ?? ''} />
          <p>{tr('way.holdFlat')}</p>
        </>
      )}
      {fix && compass.kind === 'ask' && (
        <button type="button" class="button button-secondary" onClick={compass.allow}>
          <Icon name="compass" />
          <span>{tr('way.useCompass')}</span>
        </button>
      )}
      {fix && (compass.kind === 'none' || compass.kind === 'denied') && <p>{tr('way.noCompass')}</p>}
      {fix && <p class="way-hint">{tr('way.crowFlies')}</p>}
    </>
  );
}

/**
 * Which way (#/way/<id>): distance and direction from where the user stands to a place, without
 * a connection. An arrow points the way where the phone has a compass; otherwise words say it.
 */
export default function WayScreen({ route }: ScreenProps) {
  const { entry, loaded } = useEntry(route.segments[1]);
  const tr = useGuideT(currentLang());
  if (!entry) {
    return (
      <section class="screen guide">
        <h1 tabIndex={-1}>{loaded ? tr('entry.notFound') : tr('loading')}</h1>
      </section>
    );
  }
  const a = entry.address;
  const located = entry.location ? { ...entry, location: entry.location } : undefined;
  return (
    <section class="screen guide way-screen">
      <h1 tabIndex={-1}>{tr('way.title')}</h1>
      <p class="way-entry" lang="de" dir="ltr">
        <strong>{entry.name}</strong>
        {a && <span>{[a.street, [a.postcode, a.town].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</span>}
      </p>
      {located ? <Direction entry={located} tr={tr} /> : <p class="notice notice-warning">{tr('way.noLocation')}</p>}
      <p class="guide-links">
        <a href={href(['e', entry.id])}>{tr('links.details')}</a>
        <a href={href(['card', entry.id])}>{tr('links.card')}</a>
      </p>
    </section>
  );
}
