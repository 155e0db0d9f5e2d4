import { href } from '../app/router';
import { findTerms } from './glossary';
import type { Lang } from '../directory/types';
import type { GlossaryTerm } from './types';
import { RichText } from '../ui/RichText';

/** A piece of a text: plain, or a glossary word with the id of its term. */
export type TextPart = { readonly text: string; readonly termId?: string };

/**
 * Splits a text in `lang` (German by default) into plain parts and glossary words, in order;
 * joined they are the text. `except` names a term not to link (a term's own explanation should
 * not link to itself).
 */
export function splitTerms(text: string, terms: readonly GlossaryTerm[], except?: string, lang: Lang = 'de'): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of findTerms(text, terms, lang)) {
    if (m.termId === except) continue;
    if (m.start > at) parts.push({ text: text.slice(at, m.start) });
    parts.push({ text: text.slice(m.start, m.end), termId: m.termId });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * A text whose office words link to their plain explanation in the glossary (in any app
 * language: `lang`, German by default), with phone numbers and addresses kept whole (RichText). The text is data, so it is rendered as text nodes
 * only, never as markup.
 */
export function GlossaryText({ text, terms, except, lang }: { text: string; terms: readonly GlossaryTerm[]; except?: string; lang?: Lang }) {
  return (
    <>
      {splitTerms(text, terms, except, lang).map((p, i) =>
        p.termId === undefined ? (
          <RichText key={i} text={p.text} />
        ) : (
          <a key={i} class="glossary-link" href={href(['glossary'], new URLSearchParams({ term: p.termId }))}>
            <RichText text={p.text} />
          </a>
        ),
      )}
    </>
  );
}
