import './detail/detail.css';
import type { ScreenProps } from '../app/router';
import { app } from '../app/state';
import { useStore } from '../app/store';
import { t } from '../i18n';
import { Actions } from './detail/Actions';
import { Address } from './detail/Address';
import { Contact } from './detail/Contact';
import { Facts } from './detail/Facts';
import { Header } from './detail/Header';
import { Hours } from './detail/Hours';
import { Missing } from './detail/Missing';
import { Report } from './detail/Report';
import { Share } from './detail/Share';
import { FreshnessWarning, Sources } from './detail/Sources';

/**
 * One office or service (#/e/<id>), everything from the data on the device: works offline.
 * Order follows what people come for: the actions first (call, show it, which way, map), then
 * the door and the hours, then the longer text; sharing, sources and "report a mistake" folded.
 */
export default function DetailScreen({ route }: ScreenProps) {
  const directory = useStore(app, (s) => s.directory);
  const dataFailed = useStore(app, (s) => s.dataFailed);
  const id = route.segments[1] ?? '';
  if (!directory) {
    return (
      <section class="screen detail">
        <h1 tabIndex={-1}>{t(dataFailed ? 'data.failed' : 'loading')}</h1>
      </section>
    );
  }
  const entry = directory.entries.find((e) => e.id === id);
  if (!entry) return <Missing />;
  const now = new Date();
  return (
    <section class="screen detail" key={entry.id}>
      <Header entry={entry} region={directory.region} actions={<Actions entry={entry} />} />
      <FreshnessWarning entry={entry} now={now} rule={directory.region.freshness} />
      <Contact entry={entry} />
      <Address entry={entry} />
      <Hours entry={entry} />
      <Facts entry={entry} region={directory.region} />
      {/* Needed now and then, not on every visit: folded at the end. */}
      <details class="detail-fold">
        <summary>{t('detail:fold.summary')}</summary>
        <Share entry={entry} />
        <Sources entry={entry} now={now} rule={directory.region.freshness} />
        <Report entry={entry} directory={directory} />
      </details>
    </section>
  );
}
