/**
 * Links the detail screen hands to the phone's own apps: dialler, maps, SMS, WhatsApp. Pure
 * string building, so every format is tested without a browser.
 */
import type { GeoPoint } from '../../directory/types';

export { telHref } from '../../directory/phones';

/** geo: URI (RFC 5870 plus the Android `q=` label) that opens the phone's maps app at the point. */
export function geoHref(point: Pick<GeoPoint, 'lat' | 'lon'>, name: string): string {
  const at = `${point.lat},${point.lon}`;
  // Parentheses would end the label early in Android's parser.
  const label = name.replace(/[()]/g, ' ').trim();
  return `geo:${at}?q=${at}(${encodeURIComponent(label)})`;
}

/**
 * The same point on openstreetmap.org, for phones without a maps app. A town-centre point is
 * shown zoomed out, so nobody mistakes the town's middle for the office's door.
 */
export function osmHref(point: Pick<GeoPoint, 'lat' | 'lon' | 'precision'>): string {
  const zoom = point.precision === 'town' ? 14 : 17;
  return `https://www.openstreetmap.org/?mlat=${point.lat}&mlon=${point.lon}#map=${zoom}/${point.lat}/${point.lon}`;
}

/**
 * An SMS with the text filled in. `sms:?&body=` is the form both Android and iOS read; an SMS
 * reaches a phone without mobile data.
 */
export function smsHref(text: string): string {
  return `sms:?&body=${encodeURIComponent(text)}`;
}

/** WhatsApp's own share link: the user picks the chat there. */
export function whatsappHref(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}

/** mailto: for an address from the data; encoded so a stray "?" cannot add a subject or body. */
export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(email.trim()).replace(/%40/g, '@')}`;
}

/**
 * The URL when it is a web address (http or https), else undefined. Data comes from files and
 * updates; a "javascript:" link must never become clickable, whatever the validator let through.
 */
export function webHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
