import { href } from '../../app/router';

/**
 * The entry's own link, for sharing, the QR code and the report: the app's address with the
 * entry's route, whatever query or screen state the current URL carries.
 */
export function entryLink(id: string, base: string = location.href): string {
  const url = new URL(base);
  url.hash = href(['e', id]);
  return url.href;
}
