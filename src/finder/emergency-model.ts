/** Which numbers the help screen shows, in which order, and which of them are emergency calls. */
import { callablePhones } from '../directory/phones';
import { EMERGENCY_CATEGORY } from '../directory/summary';
import { perDirectory } from '../directory/per-directory';
import type { Entry } from '../directory/types';

/** The category of hospitals and doctors in the region file; its list starts with the urgent numbers. */
export const HEALTH_CATEGORY = 'gesundheit';

/**
 * Id of the district's general contact in data/entries/rathaus.yaml (the Kreisverwaltung, whose
 * switchboard the data labels with its source year); its number comes from the data. It replaced a
 * "Bürgertelefon" that was only ever documented as a Corona and Ukraine line (2020 to 03/2022).
 */
export const DISTRICT_CONTACT_ID = 'kreisverwaltung-werra-meissner';

/** Germany's emergency calls (fire and ambulance, police): set by law, the same in every district. */
const EMERGENCY_CALLS: ReadonlySet<string> = new Set(['112', '110']);

/** The numbers for a sick person at night: the ambulance and the on-call doctors' service. */
const URGENT_MEDICAL: ReadonlySet<string> = new Set(['112', '116 117']);

/** What the help screen lists: the emergency entries by rank, and the district's contact. */
export interface EmergencyList {
  readonly emergency: readonly Entry[];
  readonly hotline?: Entry;
}

/**
 * Entries by their rank, smallest first; entries without a rank after them, in the given order.
 * Sorting here (not trusting the order data arrives in) keeps 112 first after any restart.
 */
export function byRank(entries: readonly Entry[]): Entry[] {
  const rank = (e: Entry) => e.rank ?? Number.MAX_SAFE_INTEGER;
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

/** True for the entries of 112 and 110: shown apart from the help lines, in the alarm colour. */
export function isEmergencyCall(entry: Entry): boolean {
  // The first number decides: a police station also lists 110, but is not the emergency call itself.
  return entry.category === EMERGENCY_CATEGORY && EMERGENCY_CALLS.has(callablePhones(entry)[0]?.number ?? '');
}

/**
 * The emergency entries (category notfall) that can be called, by rank, and the district's
 * contact if it can be called. Made once per directory: the list screen asks on every opening.
 */
export const emergencyList = perDirectory((directory): EmergencyList => {
  const emergency = byRank(directory.entries.filter((e) => e.category === EMERGENCY_CATEGORY && callablePhones(e).length > 0));
  const hotline = directory.entries.find((e) => e.id === DISTRICT_CONTACT_ID && callablePhones(e).length > 0);
  return hotline ? { emergency, hotline } : { emergency };
});

/** The entries of 112 and 116 117, by rank: offered first when nothing else is open, and atop the health list. */
export const urgentMedical = perDirectory((directory): readonly Entry[] =>
  byRank(directory.entries.filter((e) => e.category === EMERGENCY_CATEGORY && URGENT_MEDICAL.has(callablePhones(e)[0]?.number ?? ''))),
);

/**
 * Numbers that are always answered: those of emergency entries open 24/7 (112, 116 117 …). A
 * practice that gives 116 117 as its number is closed at night, but its number is not.
 */
export const alwaysReachable = perDirectory((directory): ReadonlySet<string> => {
  const always = directory.entries.filter((e) => e.category === EMERGENCY_CATEGORY && e.openingHours?.trim() === '24/7');
  return new Set(always.flatMap((e) => callablePhones(e).map((p) => p.number)));
});
