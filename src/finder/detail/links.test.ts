import { describe, expect, it } from 'vitest';
import { geoHref, mailtoHref, osmHref, smsHref, webHref, whatsappHref } from './links';


describe('map links', () => {
  const point = { lat: 51.1839, lon: 10.0533, precision: 'town' as const };
  it('geo: carries the point and the name as label', () => {
    expect(geoHref(point, 'Jobcenter Werra-Meißner, Eschwege')).toBe(
      'geo:51.1839,10.0533?q=51.1839,10.0533(Jobcenter%20Werra-Mei%C3%9Fner%2C%20Eschwege)',
    );
  });
  it('geo: drops parentheses from the name, which would end the label', () => {
    expect(geoHref(point, 'VHS (Witzenhausen)')).toContain('(VHS%20%20Witzenhausen)');
  });
  it('OpenStreetMap zooms out for a town-centre point and in for a building', () => {
    expect(osmHref(point)).toBe('https://www.openstreetmap.org/?mlat=51.1839&mlon=10.0533#map=14/51.1839/10.0533');
    expect(osmHref({ ...point, precision: 'building' })).toContain('#map=17/51.1839/10.0533');
  });
});

describe('message links', () => {
  const text = 'Jobcenter\nFuldaer Straße 6\n37269 Eschwege & mehr';
  it('SMS and WhatsApp carry the whole text, encoded', () => {
    expect(smsHref(text)).toBe(`sms:?&body=${encodeURIComponent(text)}`);
    expect(decodeURIComponent(smsHref(text).slice('sms:?&body='.length))).toBe(text);
    expect(decodeURIComponent(new URL(whatsappHref(text)).searchParams.get('text') ?? '')).toBe(text);
  });
  it('mailto: cannot be extended by a "?" in the address', () => {
    expect(mailtoHref('info@example.org')).toBe('mailto:info@example.org');
    expect(mailtoHref('a@b.de?body=x')).toBe('mailto:a@b.de%3Fbody%3Dx');
  });
});

describe('webHref', () => {
  it('accepts http and https only', () => {
    expect(webHref('https://www.jobcenter-werra-meissner.de')).toBe('https://www.jobcenter-werra-meissner.de/');
    expect(webHref('http://example.org/a')).toBe('http://example.org/a');
    expect(webHref('javascript:alert(1)')).toBeUndefined();
    expect(webHref('data:text/html,x')).toBeUndefined();
    expect(webHref('not a url')).toBeUndefined();
    expect(webHref(undefined)).toBeUndefined();
  });
});
