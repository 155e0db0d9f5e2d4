/** Checks opening hours in OpenStreetMap syntax with the opening_hours library (Hessen holidays). */
import OpeningHours from 'opening_hours';
import { type At, readText, report } from './validate-core';

/** Longer values are not opening hours a person can read; the limit also bounds the parser's work. */
const MAX_LENGTH = 300;

/** Reads an opening_hours value; parse errors are errors, the library's hints become warnings. */
export function readOpeningHours(where: At, value: unknown, near: { readonly lat: number; readonly lon: number }): string | undefined {
  const text = readText(where, value, { max: MAX_LENGTH });
  if (text === undefined) return undefined;
  let warnings: readonly string[];
  try {
    const parsed = new OpeningHours(
      text,
      { lat: near.lat, lon: near.lon, address: { country_code: 'de', state: 'Hessen' } },
      { tag_key: 'opening_hours', locale: 'de', mode: undefined, map_value: undefined, warnings_severity: undefined },
    );
    warnings = parsed.getWarnings();
  } catch (error) {
    const detail = typeof error === 'string' ? error : error instanceof Error ? error.message : '';
    report(
      where,
      `Öffnungszeiten nicht lesbar: ${oneLine(detail)} Beispiel: "Mo-Fr 08:00-12:00; We 14:00-16:00".`,
    );
    return undefined;
  }
  for (const warning of warnings.slice(0, 3)) report(where, `Hinweis zu den Öffnungszeiten: ${oneLine(warning)}`, true);
  return text;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
