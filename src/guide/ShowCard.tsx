import type { Entry, Lang, Region } from '../directory/types';
import { callablePhones, telHref } from '../directory/phones';
import { ListenButton } from '../ui/ListenButton';
import { townInScript } from './entry';
import { guideT, langAttrs } from './lang';
import type { Phrase } from './types';
import { RichText } from '../ui/RichText';

/**
 * The card itself, in large type: German first (name, address, phone) for whoever the user shows
 * it to, then the same place in the user's language, then the chosen sentences in both.
 */
export function ShowCard({ entry, region, lang, phrases }: { entry: Entry; region?: Region; lang: Lang; phrases: readonly Phrase[] }) {
  const de = guideT('de');
  const address = entry.address;
  const town = address && townInScript(region, address.town, lang);
  const phones = callablePhones(entry);
  const user = lang === 'de' ? undefined : langAttrs(lang);
  return (
    <article class="show-card">
      <div class="card-de" lang="de" dir="ltr">
        <h1 tabIndex={-1}>{entry.name}</h1>
        {address && (
          <p class="card-address">
            {address.street && <span>{address.street}</span>}
            <span>{[address.postcode, address.town].filter(Boolean).join(' ')}</span>
            {address.note && (
              <span class="card-note">
                <RichText text={address.note} />
              </span>
            )}
          </p>
        )}
        {phones.map((p) => (
          <p key={p.number} class="card-phone">
            {p.label ? `${p.label.de}: ` : `${de('card.phone')}: `}
            <a href={telHref(p.number)} class="nowrap">
              {p.number}
            </a>
          </p>
        ))}
      </div>
      {user && (
        <div class="card-user" {...user}>
          {town && <p class="card-town">{town}</p>}
          <p>
            <RichText text={entry.description[lang]} />
          </p>
        </div>
      )}
      {phrases.map((p) => (
        <div key={p.id} class="card-phrase">
          <p lang="de" dir="ltr">
            <RichText text={p.de} />
          </p>
          <ListenButton id={`phrase-${p.id}-de`} text={p.de} lang="de" showLanguage={user !== undefined} />
          {user && (
            <p {...user}>
              <RichText text={p.say[lang]} />
            </p>
          )}
          {user && <ListenButton id={`phrase-${p.id}-${lang}`} text={p.say[lang]} lang={lang} showLanguage />}
        </div>
      ))}
    </article>
  );
}
