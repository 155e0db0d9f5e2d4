import { Fragment } from 'preact';
import { addressPieces, tokenize } from '../directory/inline-tokens';

/**
 * Running text from the data or the guide (descriptions, notes, steps) with every phone number
 * isolated as one left-to-right unit that never breaks across lines, and e-mail and web addresses
 * that break only after "/" or before "." (never mid-word), and German words inside Arabic or Dari
 * text marked as German. The text is data: text nodes only.
 */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {tokenize(text).map((token, i) =>
        token.kind === 'text' ? (
          token.text
        ) : token.kind === 'latin' ? (
          // A German word inside Arabic or Dari text wraps and hyphenates as German, not as Arabic.
          <span key={i} lang="de">
            {token.text}
          </span>
        ) : token.kind === 'phone' ? (
          <bdi key={i} dir="ltr" class="nowrap">
            {token.text}
          </bdi>
        ) : (
          <InlineAddress key={i} address={token.text} />
        ),
      )}
    </>
  );
}

/** An e-mail or web address: left to right, with line-break chances only at its natural joints. */
export function InlineAddress({ address }: { address: string }) {
  return (
    <bdi dir="ltr" class="inline-address">
      {addressPieces(address).map((piece, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {piece}
        </Fragment>
      ))}
    </bdi>
  );
}
