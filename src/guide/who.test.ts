import { describe, expect, it } from 'vitest';
import type { Directory, Entry } from '../directory/types';
import { resolveWho } from './who';

const entry = (id: string) => ({ id, name: id }) as unknown as Entry;
const directory = {
  region: {
    municipalities: [
      { ags: '06636003', name: 'Eschwege', townHall: 'rathaus-eschwege' },
      { ags: '06636016', name: 'Witzenhausen', townHall: 'rathaus-witzenhausen' },
    ],
  },
  entries: [entry('rathaus-eschwege'), entry('rathaus-witzenhausen'), entry('jobcenter-eschwege')],
} as unknown as Directory;

const ids = (h: ReturnType<typeof resolveWho>) => (h.kind === 'entries' ? h.entries.map((e) => e.id) : h.kind);

describe('resolveWho', () => {
  it('finds the town hall of the municipality the user lives in', () => {
    expect(ids(resolveWho({ kind: 'townHall' }, directory, '06636016'))).toEqual(['rathaus-witzenhausen']);
    expect(ids(resolveWho({ kind: 'townHall' }, directory, '06636003'))).toEqual(['rathaus-eschwege']);
  });

  it('asks for the municipality when none is chosen or the chosen one is unknown', () => {
    expect(resolveWho({ kind: 'townHall' }, directory, undefined)).toEqual({ kind: 'needsHome' });
    expect(resolveWho({ kind: 'townHall' }, directory, '99999999')).toEqual({ kind: 'needsHome' });
  });

  it('resolves named entries in order and leaves out ids the directory does not have', () => {
    expect(ids(resolveWho({ kind: 'entry', id: 'jobcenter-eschwege' }, directory, undefined))).toEqual(['jobcenter-eschwege']);
    expect(ids(resolveWho({ kind: 'entries', ids: ['gone', 'rathaus-witzenhausen', 'jobcenter-eschwege'] }, directory, undefined))).toEqual([
      'rathaus-witzenhausen',
      'jobcenter-eschwege',
    ]);
    expect(ids(resolveWho({ kind: 'entry', id: 'x' }, undefined, undefined))).toEqual([]);
  });
});
