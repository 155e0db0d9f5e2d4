/** Small valid guide content for tests; each call returns a fresh, mutable copy. */
export function loc(de: string): Record<'de' | 'uk' | 'ar' | 'fa-AF', string> {
  return { de, uk: `${de} (uk)`, ar: `${de} (ar)`, 'fa-AF': `${de} (fa)` };
}

/** A raw guide as it would come from YAML, valid as is. */
export function rawGuide() {
  return {
    ukraine: {
      intro: loc('Die ersten Schritte.'),
      steps: [
        {
          id: 'anmeldung',
          title: loc('Wohnung anmelden'),
          summary: loc('Im Rathaus anmelden.'),
          first: true,
          text: loc('Melden Sie sich im Rathaus an.'),
          who: { kind: 'townHall' },
          sources: [{ title: 'Bundesmeldegesetz § 17', url: 'https://example.org/bmg', asOf: '2023-08-31' }],
          reviewBy: '2027-03-01',
        },
        {
          id: 'arbeit',
          title: loc('Arbeit'),
          summary: loc('Zum Jobcenter gehen.'),
          text: loc('Fragen Sie beim Jobcenter.'),
          who: { kind: 'entries', ids: ['jobcenter-eschwege', 'agentur-fuer-arbeit-eschwege'] },
          sources: [{ title: 'Bericht', asOf: 2024 }],
          reviewBy: '2027-01-31',
        },
      ],
      resources: [{ title: loc('Hotline'), url: 'https://example.org/hotline', phone: '0800 110 3333', sources: [{ title: 'Presse', asOf: '2022' }] }],
      legalNote: loc('Keine Rechtsberatung.'),
    },
    glossary: [
      {
        id: 'termin',
        de: 'Termin',
        article: 'der',
        variants: ['Termine', 'Terminen'],
        explain: loc('Ein Termin ist eine feste Zeit.'),
        translation: loc('Termin'),
      },
    ],
    phrases: [{ id: 'termin-haben', de: 'Ich habe einen Termin.', say: { ...loc('x'), de: 'Ich habe einen Termin.' } }],
  };
}
