/** Readers for the directory's formatted fields: ids, keys, dates, phone numbers, addresses on the web. */
import { type At, readPattern, readText, report } from './validate-core';

/** Lower-case ASCII words joined by single dashes: "jobcenter-eschwege". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Amtlicher Gemeindeschlüssel: 8 digits. */
export const AGS_PATTERN = /^\d{8}$/;

/** Reads an id such as "jobcenter-eschwege". */
export function readId(where: At, value: unknown): string | undefined {
  return readPattern(where, value, 80, ID_PATTERN, 'nur Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. "jobcenter-eschwege".');
}

/** Reads an official municipality key (AGS) such as "06636003". */
export function readAgs(where: At, value: unknown): string | undefined {
  return readPattern(where, value, 8, AGS_PATTERN, 'ein Gemeindeschlüssel hat 8 Ziffern, z. B. "06636003" (in Anführungszeichen).');
}

function validDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for a real calendar date written as YYYY-MM-DD between 1900 and 2199. */
export function isIsoDate(text: string): boolean {
  const m = /^(19|2[01])(\d\d)-(\d\d)-(\d\d)$/.exec(text);
  return m !== null && validDay(Number(m[1]! + m[2]!), Number(m[3]), Number(m[4]));
}

/** Reads a date "2025-03-03". */
export function readIsoDate(where: At, value: unknown): string | undefined {
  const text = readText(where, value, { max: 10 });
  if (text === undefined) return undefined;
  if (!isIsoDate(text)) return void report(where, `"${text}" ist kein gültiges Datum. Bitte so schreiben: 2025-03-31 (Jahr-Monat-Tag).`);
  return text;
}

/** Reads the date of a source: a year "2022", a month "2024-08" or a day "2025-03-03". */
export function readSourceDate(where: At, value: unknown): string | undefined {
  const text = readText(where, typeof value === 'number' && Number.isInteger(value) ? String(value) : value, { max: 10 });
  if (text === undefined) return undefined;
  const m = /^((?:19|2[01])\d\d)(?:-(\d\d)(?:-(\d\d))?)?$/.exec(text);
  const ok = m !== null && (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) && (m[3] === undefined || isIsoDate(text));
  if (!ok) return void report(where, `"${text}" ist kein gültiger Stand. Bitte Jahr (2024), Jahr-Monat (2024-08) oder Jahr-Monat-Tag (2024-08-15).`);
  return text;
}

/** Reads a date-time such as "2025-03-03T00:00:00Z". */
export function readDateTime(where: At, value: unknown): string | undefined {
  const text = readText(where, value, { max: 40 });
  if (text === undefined) return undefined;
  const m = /^(\d{4}-\d\d-\d\d)T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:\d\d)$/.exec(text);
  if (!m || !isIsoDate(m[1]!)) return void report(where, `"${text}" ist kein gültiger Zeitpunkt (z. B. 2025-03-03T00:00:00Z).`);
  return text;
}

/** Reads a phone number as dialled in Germany: digits, spaces, "-", "/", an optional leading "+", 3 to 20 digits. */
export function readPhone(where: At, value: unknown): string | undefined {
  if (typeof value === 'number') {
    return void report(where, 'Telefonnummer bitte in Anführungszeichen schreiben ("05651 2283-0"), sonst geht die führende 0 verloren.');
  }
  const text = readText(where, value, { max: 40 });
  if (text === undefined) return undefined;
  const digits = text.replace(/\D/g, '').length;
  if (!/^\+?[0-9][0-9 /-]*$/.test(text) || digits < 3 || digits > 20) {
    return void report(where, `"${text}" ist keine gültige Telefonnummer. Erlaubt: Ziffern, Leerzeichen, "-", "/" und ein "+" am Anfang, 3 bis 20 Ziffern.`);
  }
  return text;
}

/** Reads an e-mail address. */
export function readEmail(where: At, value: unknown): string | undefined {
  return readPattern(
    where,
    value,
    254,
    /^[A-Za-z0-9.!#$%&'*+=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/,
    'eine E-Mail-Adresse sieht so aus: name@beispiel.de.',
  );
}

/** Reads a web address starting with https:// or http://. */
export function readUrl(where: At, value: unknown): string | undefined {
  const text = readText(where, value, { max: 2000 });
  if (text === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = /^https?:\/\/[^\s"'<>\\^`{|}]+$/i.test(text) ? new URL(text) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !url.hostname.includes('.') || url.username !== '' || url.password !== '') {
    return void report(where, `"${text.slice(0, 60)}" ist keine gültige Webadresse. Sie muss mit https:// (oder http://) anfangen.`);
  }
  return text;
}

/** Reads a tile URL template for the map: http(s) with {z}, {x} and {y}. */
export function readTileUrl(where: At, value: unknown): string | undefined {
  const text = readText(where, value, { max: 500 });
  if (text === undefined) return undefined;
  const ok = /^https?:\/\/[^\s"'<>\\^`|]+$/i.test(text) && ['{z}', '{x}', '{y}'].every((part) => text.includes(part));
  if (!ok) return void report(where, 'Die Kachel-Adresse muss mit https:// anfangen und {z}, {x} und {y} enthalten.');
  return text;
}

/** Reads a CSS colour for tiles and markers: "#1a6b3c", "#abc" or rgb()/hsl() with plain numbers. */
export function readColor(where: At, value: unknown): string | undefined {
  return readPattern(
    where,
    value,
    60,
    /^(?:#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?|(?:rgb|hsl|oklch)\([0-9.,%\s/a-z]*\))$/,
    'eine Farbe wird so geschrieben: "#1a6b3c".',
  );
}
