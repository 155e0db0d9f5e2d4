import type { Lang } from '../../directory/types';
import { t } from '../../i18n';
import { German } from './German';

/**
 * Keys of the public holidays the opening-hours library names (in German) for a German state.
 * A name not in this table is shown in German only: better untranslated than wrong. The locale
 * keys are detail:holidayName.<key>.
 */
export const HOLIDAY_KEYS: Readonly<Record<string, string>> = {
  Neujahr: 'newYear',
  Karfreitag: 'goodFriday',
  Ostermontag: 'easterMonday',
  Maifeiertag: 'mayDay',
  'Christi Himmelfahrt': 'ascension',
  Pfingstmontag: 'whitMonday',
  Fronleichnam: 'corpusChristi',
  'Tag der Deutschen Einheit': 'germanUnity',
  '1. Weihnachtstag': 'christmas1',
  '2. Weihnachtstag': 'christmas2',
};

/** The holiday's name in the user's language, or undefined when the table does not know it. */
export function holidayLabel(german: string, lang: Lang): string | undefined {
  const key = HOLIDAY_KEYS[german];
  return key && lang !== 'de' ? t(`detail:holidayName.${key}`) : undefined;
}

/** A public holiday: translated, with the German name (as on signs and calendars) in brackets. */
export function HolidayName({ name, lang }: { name: string; lang: Lang }) {
  const label = holidayLabel(name, lang);
  return label ? (
    <>
      {label} (<German>{name}</German>)
    </>
  ) : (
    <German>{name}</German>
  );
}
