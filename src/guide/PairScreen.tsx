import './guide.css';
import { Fragment } from 'preact';
import { href, navigate } from '../app/router';
import type { ScreenProps } from '../app/router';
import { app } from '../app/state';
import { useStore } from '../app/store';
import type { Entry, Lang, Localized } from '../directory/types';
import { currentLang } from '../i18n';
import { townInScript, useEntry } from './entry';
import { GlossaryText } from './GlossaryText';
import { guideT, useGuideT, type GuideT } from './lang';
import { useGuide } from './load';
import { Pair, SecondLangPicker, secondLang } from './Pair';
import type { GlossaryTerm } from './types';
import { RichText } from '../ui/RichText';

/** The localized texts of an entry, each under its label key, in reading order. */
function texts(entry: Entry): [string, Localized][] {
  const rows: [string, Localized | undefined][] = [
    ['pair.what', entry.description],
    ['pair.hours', entry.hoursNote],
    ['pair.bring', entry.bring],
    ['pair.transit', entry.transit],
  ];
  return rows.filter((r): r is [string, Localized] => r[1] !== undefined);
}

function Address({ entry, other, de, tr2 }: { entry: Entry; other: Lang; de: GuideT; tr2: GuideT }) {
  const region = useStore(app, (s) => s.directory?.region);
  const a = entry.address;
  if (!a) return null;
  const lines = [a.street, [a.postcode, a.town].filter(Boolean).join(' '), a.note].filter((l): l is string => !!l);
  // Isolated German lines: left to right inside, but aligned like the column they stand in.
  const german = lines.map((l, i) => (
    <Fragment key={l}>
      {i > 0 && <br />}
      <bdi lang="de">
        <RichText text={l} />
      </bdi>
    </Fragment>
  ));
  const town = townInScript(region, a.town, other);
  return (
    <Pair
      other={other}
      de={
        <>
          <h2>{de('pair.address')}</h2>
          <p class="pair-address">{german}</p>
        </>
      }
      second={
        <>
          <h2>{tr2('pair.address')}</h2>
          {town && <p>{town}</p>}
          <p class="pair-address">{german}</p>
        </>
      }
    />
  );
}

function Rows({ entry, other, terms, tr2 }: { entry: Entry; other: Lang; terms: readonly GlossaryTerm[]; tr2: GuideT }) {
  const de = guideT('de');
  return (
    <>
      <Address entry={entry} other={other} de={de} tr2={tr2} />
      {texts(entry).map(([label, text]) => (
        <Pair
          key={label}
          other={other}
          de={
            <>
              <h2>{de(label)}</h2>
              <p>
                <GlossaryText text={text.de} terms={terms} />
              </p>
            </>
          }
          second={
            <>
              <h2>{tr2(label)}</h2>
              <p>
                <RichText text={text[other]} />
              </p>
            </>
          }
        />
      ))}
    </>
  );
}

/**
 * German and a second language side by side for one entry (#/pair/<id>?with=ar), for a Lotse and
 * the person they help reading the same thing together. Office words in German link to the glossary.
 */
export default function PairScreen({ route }: ScreenProps) {
  const id = route.segments[1];
  const { entry, loaded } = useEntry(id);
  const lang = currentLang();
  const tr = useGuideT(lang);
  const other = secondLang(route.query.get('with'), lang === 'de' ? 'uk' : lang);
  const tr2 = useGuideT(other);
  const state = useGuide();
  const terms = state.status === 'ready' ? state.guide.glossary : [];

  if (!entry) {
    return (
      <section class="screen guide">
        <h1 tabIndex={-1}>{loaded ? tr('entry.notFound') : tr('loading')}</h1>
      </section>
    );
  }
  return (
    <section class="screen guide pair-screen">
      <h1 tabIndex={-1}>{tr('pair.title')}</h1>
      <p class="pair-entry" lang="de" dir="ltr">
        {entry.name}
      </p>
      <SecondLangPicker value={other} label={tr('pair.second')} onChange={(l) => navigate(href(['pair', entry.id], new URLSearchParams({ with: l })), true)} />
      <Rows entry={entry} other={other} terms={terms} tr2={tr2} />
      <p class="guide-links">
        <a href={href(['e', entry.id])}>{tr('links.details')}</a>
        <a href={href(['card', entry.id], new URLSearchParams({ in: other }))}>{tr('links.card')}</a>
      </p>
    </section>
  );
}
