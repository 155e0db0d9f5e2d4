/**
 * The SHA-256 of a file's bytes in hex, as the build writes it for the bundled directory
 * (scripts/app-defines.ts, the precache's revision). One way for the page and the service worker.
 */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
