import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/directory/types';
import { townHall } from '../../src/directory/validate.samples';
import { loc, rawGuide } from '../../src/guide/fixture.test-util';
import type { Guide } from '../../src/guide/types';
import { validateGuide } from '../../src/guide/validate';
import { checkSourcesFile, sourceRows, sourcesTable, withSourcesTable } from './sources-md';

const entries: Entry[] = [
  { ...townHall('rathaus-a', '06636003', 'A'), sources: [{ title: 'Wikipedia', asOf: '2023' }, { title: 'Amtsblatt', asOf: '2023' }] },
  { ...townHall('rathaus-b', '06636016', 'B'), sources: [{ title: 'Wikipedia', asOf: '2023' }, { title: 'Stadt | Bürgerbüro', url: 'https://b.example/x', asOf: '2023-05' }] },
];

/**
 * The fixture guide (Ukraine steps: anmeldung from "Bundesmeldegesetz § 17" 2023-08-31, arbeit
 * from "Bericht" 2024; a resource from "Presse" 2022) with an asylum step that shares "Bericht"
 * and a topic that shares "Wikipedia" 2023 with both entries.
 */
function guide(): Guide {
  const asylum = {
    title: loc('Asyl'),
    keywords: ['Asyl'],
    intro: loc('Schritte.'),
    steps: [{ id: 'deutsch', title: loc('Deutsch'), summary: loc('Kurse finden.'), text: loc('Kurse.'), sources: [{ title: 'Bericht', asOf: 2024 }], reviewBy: '2027-01-31' }],
    legalNote: loc('Keine Rechtsberatung.'),
  };
  const topics = [{ id: 'kita', title: loc('Kita'), keywords: ['Kita'], text: loc('Kinder.'), sources: [{ title: 'Wikipedia', asOf: '2023' }], reviewBy: '2027-03-01' }];
  const checked = validateGuide({ ...rawGuide(), pages: { asylum }, topics });
  if (!checked.ok) throw new Error(`fixture guide is invalid: ${JSON.stringify(checked.problems)}`);
  return checked.value;
}

const TABLE = [
  '| asOf | source | address | used by |',
  '|---|---|---|---|',
  '| 2024 | Bericht | — | Ukraine-Seite: arbeit, Asyl-Seite: deutsch |',
  '| 2023-08-31 | Bundesmeldegesetz § 17 | https://example.org/bmg | Ukraine-Seite: anmeldung |',
  '| 2023-05 | Stadt \\| Bürgerbüro | https://b.example/x | rathaus-b |',
  '| 2023 | Amtsblatt | — | rathaus-a |',
  '| 2023 | Wikipedia | — | rathaus-a, rathaus-b, Thema: kita |',
  '| 2022 | Presse | — | Ukraine-Seite: Links |',
].join('\n');

describe('sourcesTable', () => {
  it('lists each source once, newest first, with every entry, step, resource and topic that uses it', () => {
    expect(sourcesTable(sourceRows(entries, guide()))).toBe(TABLE);
  });

  it('without a guide, only the entries', () => {
    expect(sourcesTable(sourceRows(entries, undefined)).split('\n').slice(2)).toEqual([
      '| 2023-05 | Stadt \\| Bürgerbüro | https://b.example/x | rathaus-b |',
      '| 2023 | Amtsblatt | — | rathaus-a |',
      '| 2023 | Wikipedia | — | rathaus-a, rathaus-b |',
    ]);
  });
});

describe('withSourcesTable', () => {
  const file = (table: string) => `# Sources\n\nRules.\n\n## Sources, newest first\n\n${table}\n\nAlso used: a talk.\n\n## Searched, not found\n\n| a | b |\n`;

  it('replaces only the table under its heading: the text after it and the next section stay', () => {
    expect(withSourcesTable(file('| old | table |\n|---|---|\n| 1 | 2 |'), TABLE)).toBe(file(TABLE));
    expect(withSourcesTable(file(TABLE), TABLE)).toBe(file(TABLE));
  });

  it('puts the table under the heading when there is none yet, and gives up without the heading', () => {
    expect(withSourcesTable('## Sources, newest first\nText.\n', 'T')).toBe('## Sources, newest first\n\nT\n\nText.\n');
    expect(withSourcesTable('# Sources\n', TABLE)).toBeUndefined();
  });
});

describe('checkSourcesFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'sources-md-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('fails when the table differs from the data and tells the editor what to run', () => {
    writeFileSync(join(folder, 'SOURCES.md'), '## Sources, newest first\n\n| old |\n');
    const problems = checkSourcesFile(folder, entries, guide());
    expect(problems.map((p) => [p.file, p.message])).toEqual([[join(folder, 'SOURCES.md'), expect.stringContaining('npm run data:sources')]]);
    writeFileSync(join(folder, 'SOURCES.md'), `## Sources, newest first\n\n${TABLE}\n`);
    expect(checkSourcesFile(folder, entries, guide())).toEqual([]);
  });

  it('fails without the heading', () => {
    writeFileSync(join(folder, 'SOURCES.md'), '# Sources\n');
    expect(checkSourcesFile(folder, entries, guide()).map((p) => p.message)).toEqual([expect.stringContaining('Sources, newest first')]);
  });
});
