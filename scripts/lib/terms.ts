/**
 * The terminology check: retired words, Persian/Arabic-Indic digits and key offices named without
 * their German name, over any list of texts. The rules live in locales/terminology.yaml.
 */

/** A translated language the rules speak about. */
export type TermLang = 'uk' | 'ar' | 'fa-AF';
const TERM_LANGS: readonly TermLang[] = ['uk', 'ar', 'fa-AF'];

/** One text to check: where it is ("file › key"), its language, its field name and the text. */
export interface Text {
  readonly where: string;
  readonly lang: string;
  /** The last key of the path ("description", "label"); short labels skip the key-office rule. */
  readonly field: string;
  /** True for UI strings from locales/, false for data texts. */
  readonly locale: boolean;
  readonly text: string;
}

/** A retired form as written in the terminology file. */
export type RetiredSpec = string | { readonly re: string; readonly in?: 'locales' };

/** One term of the terminology file. */
export interface TermSpec {
  readonly de: string;
  readonly retired?: Partial<Record<TermLang, readonly RetiredSpec[]>>;
  readonly key?: { readonly german: readonly string[]; readonly match: Partial<Record<TermLang, string>> };
}

/** What the check found. */
export interface Finding {
  readonly where: string;
  readonly message: string;
}

/** Fields that are names or short labels: the screen shows the German name beside them. */
const KEY_EXEMPT = new Set(['label', 'names', 'translation']);
/** How far from the translated name the German name may stand and still be "beside it". */
const BESIDE = 40;
const FOREIGN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/u;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Rule {
  readonly term: string;
  readonly lang: TermLang;
  readonly shown: string;
  readonly re: RegExp;
  readonly localesOnly: boolean;
}

function retiredRules(terms: readonly TermSpec[]): Rule[] {
  const rules: Rule[] = [];
  for (const term of terms) {
    for (const lang of TERM_LANGS) {
      for (const spec of term.retired?.[lang] ?? []) {
        const source = typeof spec === 'string' ? escape(spec) : spec.re;
        rules.push({
          term: term.de,
          lang,
          shown: typeof spec === 'string' ? spec : spec.re,
          re: new RegExp(source, 'iu'),
          localesOnly: typeof spec !== 'string' && spec.in === 'locales',
        });
      }
    }
  }
  return rules;
}

function keyOfficeFinding(term: TermSpec, text: Text): Finding | undefined {
  const pattern = term.key?.match[text.lang as TermLang];
  if (!term.key || !pattern || KEY_EXEMPT.has(text.field)) return undefined;
  const hit = new RegExp(pattern, 'iu').exec(text.text);
  if (!hit) return undefined;
  const around = text.text.slice(Math.max(0, hit.index - BESIDE), hit.index + hit[0].length + BESIDE).toLowerCase();
  if (term.key.german.some((g) => around.includes(g.toLowerCase()))) return undefined;
  return {
    where: text.where,
    message: `"${hit[0]}" first named without its German name (${term.key.german[0]}) beside it`,
  };
}

/** Every violation of the terminology in the texts, in the order of the texts. */
export function checkTerms(terms: readonly TermSpec[], texts: readonly Text[]): Finding[] {
  const rules = retiredRules(terms);
  const found: Finding[] = [];
  for (const text of texts) {
    if ((text.lang === 'ar' || text.lang === 'fa-AF') && FOREIGN_DIGITS.test(text.text)) {
      const digit = FOREIGN_DIGITS.exec(text.text)?.[0] ?? '';
      found.push({ where: text.where, message: `non-Latin digit "${digit}": write 0–9` });
    }
    for (const rule of rules) {
      if (rule.lang !== text.lang || (rule.localesOnly && !text.locale)) continue;
      const hit = rule.re.exec(text.text);
      if (hit) found.push({ where: text.where, message: `retired "${hit[0]}" (${rule.term}; rule ${rule.shown})` });
    }
    for (const term of terms) {
      const finding = keyOfficeFinding(term, text);
      if (finding) found.push(finding);
    }
  }
  return found;
}

const LANG_KEYS = new Set(['de', ...TERM_LANGS]);

/**
 * The translated texts inside a parsed data file: every object with a uk/ar/fa-AF string is a
 * localized text. Paths name list items by their id, so a finding reads "file › id › field.lang".
 */
export function dataTexts(file: string, tree: unknown): Text[] {
  const out: Text[] = [];
  const walk = (node: unknown, path: readonly string[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : String(i);
        walk(item, [...path, id]);
      });
      return;
    }
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && LANG_KEYS.has(key) && key !== 'de' && path.length > 0) {
        out.push({ where: `${file} › ${[...path, key].join('.')}`, lang: key, field: path[path.length - 1] ?? '', locale: false, text: value });
      } else if (typeof value === 'object') {
        walk(value, [...path, key]);
      }
    }
  };
  walk(tree, []);
  return out;
}

/** The strings of one locale JSON file, with dotted keys. */
export function localeTexts(file: string, lang: string, tree: unknown, prefix = ''): Text[] {
  const out: Text[] = [];
  if (!tree || typeof tree !== 'object') return out;
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.push({ where: `${file} › ${path}`, lang, field: key, locale: true, text: value });
    else out.push(...localeTexts(file, lang, value, path));
  }
  return out;
}
