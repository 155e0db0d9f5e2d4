import { href } from '../app/router';
import type { Filters } from '../directory/filter';
import type { Entry, Lang, Region } from '../directory/types';
import { t } from '../i18n';
import { CallLink } from './CallLink';
import { callablePhones } from '../directory/phones';
import { ActiveFilters } from './ListFilters';
import { activeFilters } from './list-model';
import { UrgentCalls } from './UrgentCalls';

interface EmptyProps {
  readonly region: Region;
  readonly filters: Filters;
  readonly query: string;
  readonly lang: Lang;
  /** The district's general contact, when the directory has one that can be called. */
  readonly hotline?: Entry;
  /** 112 and 116 117, offered first when nothing is open now or no health service matched. */
  readonly urgent?: readonly Entry[];
  readonly onFilters: (filters: Filters) => void;
}

/** No results: says what to try next, most likely help first (112 and 116 117 when urgent help may be wanted). */
export function ListEmpty({ region, filters, query, lang, hotline, urgent, onFilters }: EmptyProps) {
  const phone = hotline ? callablePhones(hotline)[0] : undefined;
  return (
    <div class="list-empty">
      <h2>{t('finder:empty.title')}</h2>
      {urgent && <UrgentCalls entries={urgent} lang={lang} />}
      {activeFilters(filters).length > 0 && (
        <>
          <p>{t('finder:empty.removeFilter')}</p>
          <ActiveFilters region={region} filters={filters} lang={lang} onChange={onFilters} />
        </>
      )}
      {query.trim() !== '' && <p>{t('finder:empty.spelling')}</p>}
      {hotline && phone && (
        <>
          <p>
            {t('finder:empty.hotline')}{' '}
            <a href={href(['e', hotline.id])} lang="de" dir="ltr">
              {hotline.name}
            </a>
          </p>
          <CallLink phone={phone} lang={lang} name={hotline.name} />
        </>
      )}
    </div>
  );
}
