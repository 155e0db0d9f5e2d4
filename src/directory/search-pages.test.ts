import { describe, expect, it } from 'vitest';
import { realGuide } from '../guide/data.test-util';
import { pageIndex } from '../guide/page-index';
import { buildPageIndex, pageIndexSteps, searchPages } from './search-pages';

const index = buildPageIndex(pageIndex(realGuide()));
const first = (q: string) => searchPages(index, q)[0]?.route.join('/');

describe('searchPages on the real guide', () => {
  // What people type, per language: the page they must find first.
  const cases: Record<string, readonly [string, string][]> = {
    de: [['Kinderarzt', 'topic/kinderarzt'], ['Kita', 'topic/kita'], ['Krankenkasse', 'topic/krankenkasse'], ['Kindergeld', 'topic/kindergeld'], ['Bürgeramt', 'topic/buergeramt'], ['Duldung', 'topic/duldung'], ['Zahnarzt', 'topic/zahnarzt'], ['Asyl', 'steps/asylum']],
    uk: [['педіатр', 'topic/kinderarzt'], ['дитсадок', 'topic/kita'], ['медичне страхування', 'topic/krankenkasse'], ['допомога на дітей', 'topic/kindergeld']],
    ar: [['طبيب أطفال', 'topic/kinderarzt'], ['حضانة', 'topic/kita'], ['تأمين صحي', 'topic/krankenkasse'], ['مخصصات الأطفال', 'topic/kindergeld'], ['لجوء', 'steps/asylum']],
    'fa-AF': [['داکتر اطفال', 'topic/kinderarzt'], ['دکتر اطفال', 'topic/kinderarzt'], ['کودکستان', 'topic/kita'], ['بیمه صحی', 'topic/krankenkasse'], ['پول اولاد', 'topic/kindergeld']],
  };
  for (const [lang, list] of Object.entries(cases)) {
    it.each(list)(`${lang}: "%s" finds %s first`, (query, route) => {
      expect(first(query)).toBe(route);
    });
  }

  it('folds spelling: case, umlaut as ae/ue, Arabic article and hamza, Persian letters', () => {
    expect(first('KITA')).toBe('topic/kita');
    expect(first('Buergeramt')).toBe('topic/buergeramt');
    expect(first('الأطفال طبيب')).toBe('topic/kinderarzt');
    // Dari "ک" and "ی" typed on an Arabic keyboard.
    expect(first('كودكستان')).toBe('topic/kita');
  });

  it('matches word beginnings but needs every word', () => {
    expect(first('Kinderär')).toBe('topic/kinderarzt');
    expect(searchPages(index, 'Kita Duldung')).toEqual([]);
    expect(searchPages(index, 'x')).toEqual([]);
    expect(searchPages(index, '   ')).toEqual([]);
    expect(searchPages(index, 'Leuchtturm')).toEqual([]);
  });

  it('finds the Ukraine page by its title and keywords when the build gives its title', () => {
    const title = { de: 'Aus der Ukraine', uk: 'З України', ar: 'من أوكرانيا', 'fa-AF': 'از اوکراین' };
    const withUkraine = buildPageIndex(pageIndex(realGuide(), title));
    for (const q of ['Ukraine', 'Україна', 'أوكرانيا', 'اوکراین']) expect(searchPages(withUkraine, q)[0]?.route, q).toEqual(['ukraine']);
    expect(searchPages(index, 'Ukraine')).toEqual([]);
  });

  it('puts whole-word matches before prefix matches', () => {
    const routes = searchPages(index, 'Arzt').map((p) => p.route.join('/'));
    expect(routes[0]).toBe('topic/hausarzt');
  });

  it('is built in steps of one page (the list screen gives the main thread back between them)', () => {
    const pages = pageIndex(realGuide());
    const steps = pageIndexSteps(pages);
    let paused = 0;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        expect(step.value).toEqual(index);
        break;
      }
      paused++;
    }
    expect(paused).toBe(pages.length);
  });
});
