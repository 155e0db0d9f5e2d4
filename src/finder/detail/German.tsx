import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import { RichText } from '../../ui/RichText';

/**
 * German text inside any page: marked so screen readers pronounce it as German and so it keeps
 * its left-to-right order inside an Arabic or Dari page (house numbers, postcodes, hyphens).
 */
export function German({ children, block }: { children: ComponentChildren; block?: boolean }) {
  return block ? (
    <p lang="de" dir="ltr" class="detail-german">
      {children}
    </p>
  ) : (
    <span lang="de" dir="ltr">
      {children}
    </span>
  );
}

/**
 * A number, time or address piece that must read left to right in every language; `nowrap` for a
 * phone number, which must also never break across lines.
 */
export function Ltr({ children, nowrap }: { children: ComponentChildren; nowrap?: boolean }) {
  return (
    <bdi dir="ltr" class={nowrap ? 'nowrap' : undefined}>
      {children}
    </bdi>
  );
}

/**
 * A note the data has in German only (address notes, conflicts between sources): in another
 * language a short lead says so, and the German stays as written, marked as German.
 */
export function GermanNote({ note, lang, block }: { note: string; lang: string; block?: boolean }) {
  if (lang === 'de')
    return (
      <German block={block}>
        <RichText text={note} />
      </German>
    );
  const body = (
    <>
      <span class="detail-german-lead">{t('detail:germanNote')}</span> <German>
        <RichText text={note} />
      </German>
    </>
  );
  return block ? <p class="detail-german">{body}</p> : body;
}
