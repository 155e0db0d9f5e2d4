import { describe, expect, it } from 'vitest';
import { reportBody, reportMailto, reportSubject } from './mailto';

const details = {
  entry: { id: 'jobcenter-eschwege', name: 'Jobcenter Werra-Meißner, Eschwege' },
  version: '2026-11-22T00:00:00Z',
  link: 'https://example.org/#/e/jobcenter-eschwege',
};

describe('report a mistake', () => {
  it('names the entry, its id, the data version and the link, in German', () => {
    expect(reportSubject(details)).toBe('Fehler im Wegweiser: Jobcenter Werra-Meißner, Eschwege (jobcenter-eschwege)');
    const body = reportBody(details);
    expect(body).toContain('Eintrag: Jobcenter Werra-Meißner, Eschwege');
    expect(body).toContain('Kennung: jobcenter-eschwege');
    expect(body).toContain('Datenstand: 2026-11-22T00:00:00Z');
    expect(body).toContain('Link: https://example.org/#/e/jobcenter-eschwege');
    expect(body).toContain('Was ist falsch?');
    // RFC 6068: line breaks in a mailto body are CRLF.
    expect(body.split('\r\n').length).toBeGreaterThan(5);
    expect(body.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('builds a mailto: link whose subject and body decode back exactly', () => {
    const link = reportMailto('integration@example.org', details);
    expect(link.startsWith('mailto:integration@example.org?subject=')).toBe(true);
    const query = new URLSearchParams(link.slice(link.indexOf('?') + 1).replace(/\+/g, '%2B'));
    expect(query.get('subject')).toBe(reportSubject(details));
    expect(query.get('body')).toBe(reportBody(details));
  });

  it('keeps "&" and "#" in a name from breaking the link', () => {
    const tricky = { ...details, entry: { id: 'x', name: 'Rat & Tat #1 ?' } };
    const link = reportMailto('a@b.de', tricky);
    expect(link.match(/&/g)).toHaveLength(1);
    expect(link).not.toContain('#');
    expect(decodeURIComponent(link.split('subject=')[1]!.split('&')[0]!)).toBe('Fehler im Wegweiser: Rat & Tat #1 ? (x)');
  });
});
