import { href } from '../app/router';
import { findTerms } from './glossary';
import type { GlossaryTerm } from './types';
import { RichText } from '../ui/RichText';

/** A piece of a German text: plain, or a glossary word with the id of its term. */
export type TextPart = { readonly text: string; readonly termId?: string };

/**
 * Splits a German text into plain parts and glossary words, in order; joined they are the text.
 * `except` names a term not to link (a term's own explanation should not link to itself).
 */
export function splitTerms(text: string, terms: readonly GlossaryTerm[], except?: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of findTerms(text, terms)) {
    if (m.termId === except) continue;
    if (m.start > at) parts.push({ text: text.slice(at, m.start) });
    parts.push({ text: text.slice(m.start, m.end), termId: m.termId });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}

/**
 * A German text whose office words link to their plain explanation in the glossary, with phone
 * numbers and addresses kept whole (RichText). The text is data, so it is rendered as text nodes
 * only, never as markup.
 */
export function GlossaryText({ text, terms, except }: { text: string; terms: readonly GlossaryTerm[]; except?: string }) {
  return (
    <>
      {splitTerms(text, terms, except).map((p, i) =>
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
