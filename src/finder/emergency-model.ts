/** Which numbers the help screen shows, and how a number becomes a link that dials it. */
import { callablePhones } from '../directory/phones';
import type { Directory, Entry } from '../directory/types';

/** The category of emergency numbers and help lines in the region file. */
export const EMERGENCY_CATEGORY = 'notfall';

/** Id of the district's citizens' hotline in data/entries/rathaus.yaml; its number comes from the data. */
export const BUERGERTELEFON_ID = 'buergertelefon-werra-meissner';

/** What the help screen lists: every emergency entry in the data's order, and the Bürgertelefon. */
export interface EmergencyList {
  readonly emergency: readonly Entry[];
  readonly hotline?: Entry;
}

/** The emergency entries (category notfall) that can be called, and the Bürgertelefon if present. */
export function emergencyList(directory: Directory): EmergencyList {
  const emergency = directory.entries.filter((e) => e.category === EMERGENCY_CATEGORY && callablePhones(e).length > 0);
  const hotline = directory.entries.find((e) => e.id === BUERGERTELEFON_ID && callablePhones(e).length > 0);
  return hotline ? { emergency, hotline } : { emergency };
}
