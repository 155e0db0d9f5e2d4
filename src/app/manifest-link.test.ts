import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE, linkManifest } from './manifest-link';

describe('linkManifest', () => {
  it('links the manifest once, relative to the app', () => {
    linkManifest();
    linkManifest();
    const links = document.head.querySelectorAll<HTMLLinkElement>('link[rel="manifest"]');
    expect(links).toHaveLength(1);
    expect(links[0]?.getAttribute('href')).toBe('manifest.webmanifest');
    expect(MANIFEST_FILE).toBe('manifest.webmanifest');
    links[0]?.remove();
  });
});
