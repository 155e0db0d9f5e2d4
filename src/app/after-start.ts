import { adoptBundledDirectory } from './bundled-data';
import { checkForDataUpdate } from './data-update';
import { linkManifest } from './manifest-link';
import { notify } from './state';
import { startServiceWorker } from './sw-bridge';

/** Work after the first screen is drawn: offline support and the daily data check. */
export async function afterStart(): Promise<void> {
  linkManifest();
  await startServiceWorker();
  // First the data this app version brought (offline too), then the server's newer data if any.
  await adoptBundledDirectory();
  const outcome = await checkForDataUpdate();
  if (outcome.kind === 'updated') notify({ id: 'data', key: 'data.updated', tone: 'success' });
  if (outcome.kind === 'rejected') notify({ id: 'data', key: 'data.rejected', tone: 'warning' });
}
