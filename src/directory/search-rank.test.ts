import { describe, expect, it } from 'vitest';
import { realDirectory } from '../guide/data.test-util';
import { buildIndex, rankHits, search } from './search';
import { localized, testEntry, testRegion } from './search.samples';

describe('rankHits with small entries', () => {
  const region = { ...testRegion(), categories: [...testRegion().categories, { id: 'notfall', icon: 'siren', color: '#b00', label: localized('Notfall', 'Екстрена допомога', 'الطوارئ والمساعدة', 'حالت عاجل') }] };
  const entries = [
    testEntry('notruf', { name: 'Notruf 112', category: 'notfall', rank: 1 }),
    testEntry('seelsorge', { name: 'Telefonseelsorge', category: 'notfall', rank: 5 }),
    testEntry('rathaus', { name: 'Rathaus', description: localized('Bürgerbüro.', '', 'في حالة الطوارئ اتصل بالرقم 112.') }),
    testEntry('tafel', { name: 'Tafel', description: localized('Essen.', '', 'ليست للطوارئ.') }),
  ];
  const index = buildIndex(entries, region);

  it('keeps category matches in front and folds description-only matches', () => {
    const hits = search(index, 'طوارئ');
    const { strong, weak } = rankHits('طوارئ', hits);
    expect(strong.map((h) => h.id).sort()).toEqual(['notruf', 'seelsorge']);
    expect(weak.map((h) => h.id).sort()).toEqual(['rathaus', 'tafel']);
  });

  it('keeps everything in front when nothing matched a short field', () => {
    const hits = search(index, 'Bürgerbüro');
    expect(hits.map((h) => h.id)).toEqual(['rathaus']);
    expect(rankHits('Bürgerbüro', hits)).toEqual({ strong: hits, weak: [] });
  });

  it('counts only required words: two words need more than two description words', () => {
    const hits = [
      { id: 'a', score: 8, at: 0 },
      { id: 'b', score: 8.5, at: 1 },
    ];
    expect(rankHits('Notruf Rathaus', hits)).toEqual({ strong: [{ id: 'b', score: 8.5, at: 1 }], weak: [{ id: 'a', score: 8, at: 0 }] });
    expect(rankHits('Beratung für', hits).strong.map((h) => h.id)).toEqual(['a', 'b']);
  });
});

describe('rankHits with the real data', async () => {
  const directory = await realDirectory();
  const index = buildIndex(directory.entries, directory.region);
  const ranked = (q: string) => rankHits(q, search(index, q, directory.entries.length));
  const byId = new Map(directory.entries.map((e) => [e.id, e]));

  it('"طوارئ" answers with the emergency numbers, 112 first, and fewer than 15 results', () => {
    const { strong } = ranked('طوارئ');
    expect(strong[0]?.id).toBe('notruf-112');
    expect(strong.length).toBeLessThan(15);
    expect(strong.every((h) => byId.get(h.id)?.category === 'notfall')).toBe(true);
  });

  it('"Arzt" puts the doctors’ service first and no poison line among the strong results', () => {
    const { strong, weak } = ranked('Arzt');
    expect(strong.map((h) => h.id)).toContain('aerztlicher-bereitschaftsdienst-116117');
    expect(strong.map((h) => h.id)).not.toContain('giftnotruf-mainz');
    expect(weak.map((h) => h.id)).toContain('giftnotruf-mainz');
  });

  it('still reads a town typed in Cyrillic as the German name', () => {
    expect(ranked('Ешвеге').strong.map((h) => h.id)).toEqual(expect.arrayContaining(['rathaus-eschwege', 'jobcenter-eschwege']));
  });

  it('still reads a misspelt German name in Arabic script', () => {
    expect(ranked('جوب سينتر').strong[0]?.id).toMatch(/^jobcenter-/);
  });
});
