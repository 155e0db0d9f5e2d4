import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type TermSpec, type Text, checkTerms, dataTexts, localeTexts } from './terms';

// The project's own rules: the planted violations below must be caught by them.
const terms = (parse(readFileSync('locales/terminology.yaml', 'utf8')) as { terms: TermSpec[] }).terms;

const text = (lang: string, value: string, field = 'text', locale = true): Text => ({ where: `x › ${field}`, lang, field, locale, text: value });
const messages = (texts: Text[]) => checkTerms(terms, texts).map((f) => f.message);

describe('terminology check', () => {
  it('finds a retired word in the language it is retired for, and only there', () => {
    expect(messages([text('fa-AF', 'این تلفن چیزی ذخیره نمی‌کند.')])).toEqual([expect.stringContaining('retired "تلفن"')]);
    expect(messages([text('ar', 'اتصل بمركز العمل.')])).toEqual([expect.stringContaining('retired "مركز العمل"')]);
    expect(messages([text('uk', 'Це Міграційна служба.')])).toEqual([expect.stringContaining('retired "Міграційна служб"')]);
    // A Gestattung is no residence title: the words for one are retired for it, in data texts too.
    expect(messages([text('ar', 'خذ معك وثيقة الإقامة أثناء اللجوء.', 'text', false)])).toEqual([expect.stringContaining('retired')]);
    expect(messages([text('uk', 'Візьміть посвідку на час процедури.', 'text', false)])).toEqual([expect.stringContaining('retired')]);
    expect(messages([text('uk', 'Візьміть дозвіл на перебування на час процедури.', 'text', false)])).toEqual([]);
    // The same letters in another language are not this language's business.
    expect(messages([text('ar', 'تلفن')])).toEqual([]);
  });

  it('matches whole words where a form is also part of other words', () => {
    expect(messages([text('fa-AF', 'اپ اجازه ندارد')])).toHaveLength(1);
    expect(messages([text('fa-AF', 'چاپ کنید')])).toEqual([]);
  });

  it('keeps the allowed phrases and the UI-only rules apart', () => {
    expect(messages([text('fa-AF', 'دفترها و کمک')])).toHaveLength(1);
    expect(messages([text('fa-AF', 'دفتر ثبت باشندگان (Einwohnermeldeamt)')])).toEqual([]);
    // "دفتر" of a data text (a branch office of a school) is not the generic Amt.
    expect(messages([text('fa-AF', 'دفتر دوم مکتب عامهٔ بزرگسالان (VHS)', 'description', false)])).toEqual([]);
  });

  it('finds Persian and Arabic-Indic digits in Dari and Arabic texts only', () => {
    expect(messages([text('fa-AF', 'از ۸ تا 12')])).toEqual(['non-Latin digit "۸": write 0–9']);
    expect(messages([text('ar', 'من ٨ إلى 12')])).toEqual(['non-Latin digit "٨": write 0–9']);
    expect(messages([text('fa-AF', 'از 8 تا 12')])).toEqual([]);
  });

  it('asks for the German name beside the first mention of a key office', () => {
    expect(messages([text('ar', 'اذهب إلى دائرة الأجانب في إشفيغه.')])).toEqual([expect.stringContaining('"دائرة الأجانب" first named')]);
    expect(messages([text('ar', 'اذهب إلى دائرة الأجانب (Ausländerbehörde). دائرة الأجانب تساعد.')])).toEqual([]);
    expect(messages([text('uk', 'Зверніться до відомства у справах іноземців.')])).toHaveLength(1);
    expect(messages([text('uk', 'Ausländerbehörde — відомство у справах іноземців.')])).toEqual([]);
    // Only the first mention counts: a later one with the German name does not save the first.
    expect(messages([text('fa-AF', 'جاب‌سنتر پول می‌دهد. ' + 'ب'.repeat(60) + ' جاب‌سنتر (Jobcenter)')])).toHaveLength(1);
    // «اداره کار شما» (an office … your business) is not the Agentur für Arbeit (ادارهٔ کار).
    expect(messages([text('fa-AF', 'اینجا می‌فهمید کدام اداره کار شما را انجام می‌دهد.')])).toEqual([]);
    expect(messages([text('fa-AF', 'به ادارهٔ کار بروید.')])).toHaveLength(1);
    // Labels and names are shown with the German beside them by the screen.
    expect(messages([text('ar', 'دائرة الأجانب', 'label', false)])).toEqual([]);
    // The registration desk is signed «Bürgeramt» or «Bürgerbüro» in many towns: that German name counts too.
    expect(messages([text('uk', 'Відділ реєстрації (Bürgeramt) і довідка про реєстрацію', 'title', false)])).toEqual([]);
    expect(messages([text('uk', 'Відділ реєстрації і довідка про реєстрацію', 'title', false)])).toHaveLength(1);
  });

  it('holds Arabic to one tanween spelling', () => {
    expect(messages([text('ar', 'مجانًا')])).toEqual([expect.stringContaining('retired')]);
    expect(messages([text('ar', 'مجاناً')])).toEqual([]);
  });

  it('holds Ukrainian to one apostrophe, the one Intl writes', () => {
    expect(messages([text('uk', "пам'ять")])).toEqual([expect.stringContaining('retired')]);
    expect(messages([text('uk', "памʼять, «Jobcenter's»")])).toHaveLength(0);
  });

  it('holds Arabic to one choice of month names: Levantine and Egyptian together', () => {
    expect(messages([text('ar', 'حالة مارس 2025')])).toEqual([expect.stringContaining('retired "مارس"')]);
    expect(messages([text('ar', 'حالة آذار/مارس 2025')])).toEqual([]);
  });

  it('names data texts by file, entry id, field and language, and skips German', () => {
    const tree = [{ id: 'jobcenter-x', description: { de: 'Jobcenter', uk: 'a', ar: 'b', 'fa-AF': 'c' }, keywords: ['مركز العمل'] }];
    expect(dataTexts('data/entries/arbeit.yaml', tree).map((t) => t.where)).toEqual([
      'data/entries/arbeit.yaml › jobcenter-x.description.uk',
      'data/entries/arbeit.yaml › jobcenter-x.description.ar',
      'data/entries/arbeit.yaml › jobcenter-x.description.fa-AF',
    ]);
  });

  it('names locale texts by file and dotted key', () => {
    const texts = localeTexts('locales/ar/common.json', 'ar', { home: { lead: 'المكاتب' } });
    expect(texts.map((t) => t.where)).toEqual(['locales/ar/common.json › home.lead']);
    expect(checkTerms(terms, texts)).toEqual([{ where: 'locales/ar/common.json › home.lead', message: expect.stringContaining('retired "المكاتب"') }]);
  });
});
