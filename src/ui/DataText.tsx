import { capLabel, LABEL_MAX } from '../text/capLabel';

/**
 * A string from the dataset, as the page draws it among other words. It is isolated (`<bdi>`),
 * so a name written right to left neither turns the words around it nor is turned by them; and
 * past `max` characters it draws a cut with an ellipsis, while its full text stays its tooltip
 * and, for screen readers, its words.
 */
export function DataText({ text, max = LABEL_MAX }: { text: string; max?: number }) {
  const shown = capLabel(text, max);
  if (shown === text) return <bdi>{text}</bdi>;
  return (
    <bdi title={text}>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{text}</span>
    </bdi>
  );
}

/** Stand for the data strings while a message is written around them; no dataset text can hold these controls. */
const slot = (index: number) => `\u0000${index}\u0001`;
// eslint-disable-next-line no-control-regex -- the slots are control characters on purpose
const SLOTS = /\u0000(\d+)\u0001/;

/**
 * A message of the catalogue with strings from the dataset inside ("Mali, pays étudié", "Russie –
 * Mali"), drawn with each string as `DataText` draws it: isolated and cut. Only for messages that
 * set the strings in as they are, or lower-case them (give them lower-cased, then); those that
 * inflect a name (French articles) keep their own words.
 */
export function DataMessage({ message, texts, max }: { message: (...values: string[]) => string; texts: readonly string[]; max?: number }) {
  const parts = message(...texts.map((_, i) => slot(i))).split(SLOTS);
  return <>{parts.map((part, i) => (i % 2 === 0 ? part : <DataText key={i} text={texts[Number(part)] ?? ''} max={max} />))}</>;
}
