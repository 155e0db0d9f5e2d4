import { t } from '../i18n';
import { DataAge } from './DataAge';
import type { ScreenProps } from './router';
import { app } from './state';
import { useStore } from './store';

/** Where the data comes from, the credits the map data requires, and the versions. */
export default function AboutScreen(_props: ScreenProps) {
  const directory = useStore(app, (s) => s.directory);
  const region = directory?.region;
  return (
    <section class="screen about">
      <h1 tabIndex={-1}>{t('info:about.title')}</h1>
      <p>{t('info:about.what', { region: region?.name ?? '' })}</p>
      <p>{t('info:about.sources')}</p>
      <p>
        <DataAge /> {directory && <span>({t('info:about.entries', { count: directory.entries.length })})</span>}
      </p>
      <h2>{t('info:about.credits')}</h2>
      <ul lang="de" dir="ltr">
        {region && <li>{region.boundaryCredit}</li>}
        {region && <li>{region.tileAttribution}</li>}
        <li>GeoNames (CC BY 4.0)</li>
      </ul>
      <p class="version">
        {t('info:about.version')}: <span dir="ltr">{__APP_VERSION__}</span>
      </p>
    </section>
  );
}
