import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../directory/types';
import { findTerms, searchGlossary } from './glossary';
import type { Guide } from './types';
import { validateGuideParts } from './validate';

const FILES = { ukraine: 'data/guide/ukraine.yaml', glossary: 'data/guide/glossary.yaml', phrases: 'data/guide/phrases.yaml' };
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string): unknown => parse(readFileSync(resolve(ROOT, path), 'utf8'));
const result = validateGuideParts({ ukraine: read(FILES.ukraine), glossary: read(FILES.glossary), phrases: read(FILES.phrases) }, FILES);

function guide(): Guide {
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

describe('data/guide', () => {
  it('passes the validator without errors', () => {
    expect(result.problems.filter((p) => !p.warning)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('explains at least the required office words', () => {
    const words = new Set(guide().glossary.flatMap((t) => [t.de, ...t.variants]));
    const required = [
      'Anmeldung', 'Meldebescheinigung', 'Aufenthaltstitel', 'Aufenthaltserlaubnis', 'Fiktionsbescheinigung', 'Termin',
      'Bescheid', 'Widerspruch', 'Frist', 'Antrag', 'Krankenversicherungskarte', 'Gesundheitskarte', 'Krankenkasse',
      'Integrationskurs', 'Sprachkurs', 'Bürgergeld', 'Jobcenter', 'Agentur für Arbeit', 'Ausländerbehörde', 'Bürgerbüro',
      'Steuer-ID', 'Kita', 'Schulpflicht', 'Mietvertrag', 'Kaution', 'Wohnberechtigungsschein', 'Rundfunkbeitrag',
      'Überweisung', 'Überweisungsschein', 'Girokonto', 'Dolmetscher', 'Berechtigungsschein', 'Asylbewerberleistungen',
      'Personalausweis', 'Reisepass', 'Geburtsurkunde', 'Beglaubigung', 'Hausarzt',
    ];
    expect(required.filter((w) => !words.has(w))).toEqual([]);
    expect(guide().glossary.length).toBeGreaterThanOrEqual(35);
  });

  it('has the required phrases, each in all four languages', () => {
    const phrases = guide().phrases.map((p) => p.de);
    for (const de of ['Ich habe einen Termin.', 'Ich brauche einen Dolmetscher.', 'Bitte schreiben Sie es auf.', 'Bitte sprechen Sie langsam.',
      'Ich verstehe das nicht.', 'Ich möchte mich anmelden.', 'Ich brauche einen Arzt.', 'Bitte rufen Sie diese Nummer an.',
      'Können Sie mir bitte helfen?', 'Wie lange muss ich warten?', 'Ich komme aus der Ukraine.', 'Bitte bringen Sie mich zu dieser Adresse.']) {
      expect(phrases).toContain(de);
    }
    expect(phrases.length).toBeGreaterThanOrEqual(12);
  });

  it('points each Ukraine step to the agreed helpers', () => {
    const who = Object.fromEntries(guide().ukraine.steps.map((s) => [s.id, s.who]));
    expect(who['anmeldung']).toEqual({ kind: 'townHall' });
    expect(who['aufenthaltserlaubnis']).toEqual({ kind: 'entry', id: 'auslaenderbehoerde-werra-meissner' });
    // Since February 2026 a course needs an obligation (Jobcenter, Ausländerbehörde) or own money (VHS).
    expect(who['deutsch-lernen']).toEqual({
      kind: 'entries',
      ids: ['jobcenter-eschwege', 'jobcenter-witzenhausen', 'auslaenderbehoerde-werra-meissner', 'vhs-werra-meissner-eschwege', 'vhs-werra-meissner-witzenhausen'],
    });
    expect(who['arbeit']).toEqual({ kind: 'entries', ids: ['jobcenter-eschwege', 'jobcenter-witzenhausen', 'agentur-fuer-arbeit-eschwege'] });
  });

  it('dates the benefit changes and says to ask where the current state is unconfirmed', () => {
    const money = guide().ukraine.steps.find((s) => s.id === 'geld-zum-leben');
    expect(money?.text.de).toMatch(/1\. Juni 2022.*1\. April 2025.*1\. Juli 2026/s);
    // The switch to the AsylbLG is a draft as of March 2026: named so, with what is not known.
    expect(money?.text.de).toContain('Das ist ein Gesetzentwurf');
    expect(money?.text.de).toContain('Ob Bundestag und Bundesrat ihn beschlossen haben, wissen wir nicht');
    expect(money?.text.de).toContain('Grundsicherungsgeld');
    expect(money?.text.de).toContain('Fragen Sie beim Kreis oder beim Jobcenter');
    expect(money?.sources.map((s) => s.asOf)).toEqual(expect.arrayContaining(['2025-11-27', '2026-01-30', '2026-03-06']));
  });

  it('says that the BAMF stopped admissions on request to integration courses in February 2026', () => {
    const course = guide().ukraine.steps.find((s) => s.id === 'deutsch-lernen');
    expect(course?.text.de).toContain('9. Februar 2026');
    expect(course?.text.de).toContain('§ 44 Absatz 4 Aufenthaltsgesetz');
    expect(course?.text.de).not.toContain('können seit 17. März 2022 an Integrationskursen teilnehmen');
    expect(course?.sources.map((s) => s.asOf)).toContain('2026-02-09');
  });

  it('lists Germany4Ukraine, the Hessen page without its 2022 hotline as a callable number, and a legal note', () => {
    const { resources, legalNote } = guide().ukraine;
    expect(resources.find((r) => r.url.includes('germany4ukraine.de'))).toBeDefined();
    const hessen = resources.find((r) => r.url.includes('hessen.de/handeln'));
    expect(hessen?.phone).toBeUndefined();
    expect(hessen?.title.de).toContain('vielleicht nicht mehr');
    expect(legalNote.de).toContain('keine Rechtsberatung');
  });

  it('lets people find Aufenthaltstitel in Arabic and Dari, and links office words in the steps', () => {
    const { glossary, ukraine } = guide();
    expect(searchGlossary(glossary, 'إقامة').map((t) => t.id)).toContain('aufenthaltstitel');
    expect(searchGlossary(glossary, 'تصريح الإقامة').map((t) => t.id)).toContain('aufenthaltstitel');
    expect(searchGlossary(glossary, 'سند اقامت')[0]?.id).toBe('aufenthaltstitel');
    const anmeldung = ukraine.steps[0]!.text.de;
    expect(findTerms(anmeldung, glossary).map((m) => m.termId)).toEqual(expect.arrayContaining(['rathaus', 'meldebescheinigung']));
  });

  it('explains every term in two to four short sentences in each language', () => {
    for (const t of guide().glossary) {
      for (const lang of LANGS) {
        const sentences = t.explain[lang].match(/[.!?؟](\s|$)/g)?.length ?? 0;
        expect(sentences, `${t.id}.${lang}`).toBeGreaterThanOrEqual(2);
        expect(sentences, `${t.id}.${lang}`).toBeLessThanOrEqual(4);
      }
    }
  });
});
