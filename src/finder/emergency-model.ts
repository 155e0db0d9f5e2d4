/** Which numbers the help screen shows, and how a number becomes a link that dials it. */
import { callablePhones } from '../directory/phones';
import type { Directory, Entry } from '../directory/types';

/** The category of emergency numbers and help lines in the region file. */
export const EMERGENCY_CATEGORY = 'notfall';

/**
 * Id of the district's general contact in data/entries/rathaus.yaml (the Kreisverwaltung, whose
 * switchboard the data labels with its source year); its number comes from the data. It replaced a
 * "Bürgertelefon" that was only ever documented as a Corona and Ukraine line (2020 to 03/2022).
 */
export const DISTRICT_CONTACT_ID = 'kreisverwaltung-werra-meissner';

/** What the help screen lists: every emergency entry in the data's order, and the district's contact. */
export interface EmergencyList {
  readonly emergency: readonly Entry[];
  readonly hotline?: Entry;
}

/** The emergency entries (category notfall) that can be called, and the district's contact if it can be called. */
export function emergencyList(directory: Directory): EmergencyList {
  const emergency = directory.entries.filter((e) => e.category === EMERGENCY_CATEGORY && callablePhones(e).length > 0);
  const hotline = directory.entries.find((e) => e.id === DISTRICT_CONTACT_ID && callablePhones(e).length > 0);
  return hotline ? { emergency, hotline } : { emergency };
}
