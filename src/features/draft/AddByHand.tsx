import { useId, useState, type Dispatch } from 'react';
import { SECTOR_IDS, SECTOR_NAMES } from '../../extract/lexicon/sectors';
import type { Draft } from '../../extract/types';
import type { ReviewAction } from './reviewRows';
import { STATUSES, type Status } from '../../model/statuses';
import { useLang, useMessages } from '../../state/useMessages';

/** Adds a partnership the rules missed, tied to a sentence a person picks; it enters accepted. */
export function AddByHand({ draft, focus, dispatch }: { draft: Draft; focus: string; dispatch: Dispatch<ReviewAction> }) {
  const messages = useMessages();
  const t = messages.draft;
  const lang = useLang();
  const id = useId();
  const sentences = draft.sentences.filter((s) => !s.skipped);
  const choices = draft.actors.filter((a) => a.kind !== 'person');
  const partners = choices.filter((a) => a.id !== focus);
  const [sentence, setSentence] = useState(sentences[0]?.index ?? 0);
  const [first, setFirst] = useState(choices.some((a) => a.id === focus) ? focus : (choices[0]?.id ?? ''));
  const [partner, setPartner] = useState(partners[0]?.id ?? '');
  const [sector, setSector] = useState(SECTOR_IDS[0]!);
  const [status, setStatus] = useState<Status>('active');
  const [done, setDone] = useState(false);
  if (sentences.length === 0 || partners.length === 0) return null;
  return (
    <form
      className="draft-add"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        dispatch({ type: 'add', actors: [first, partner], sector, status, sentence });
        setDone(true);
      }}
    >
      <h3 id={`${id}-title`}>{t.addTitle}</h3>
      <label>
        {t.addSentence}
        <select value={sentence} onChange={(e) => setSentence(Number(e.target.value))}>
          {sentences.map((s) => (
            <option key={s.index} value={s.index}>{`${s.index + 1}. ${s.text.length > 110 ? `${s.text.slice(0, 110)}…` : s.text}`}</option>
          ))}
        </select>
      </label>
      <ActorChoice label={t.firstActor} choices={choices} value={first} onChange={setFirst} />
      <ActorChoice label={t.secondActor} choices={choices} value={partner} onChange={setPartner} />
      <label>
        {t.colSector}
        <select value={sector} onChange={(e) => setSector(e.target.value)}>
          {SECTOR_IDS.map((s) => (
            <option key={s} value={s}>
              {SECTOR_NAMES[s]![lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.colStatus}
        <select value={status} onChange={(e) => setStatus(STATUSES.find((s) => s === e.target.value) ?? 'active')}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {messages.statuses[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t.add}</button>
      {done && <p role="status">{t.added}</p>}
    </form>
  );
}

/** One side of the tie a person adds: any actor of the draft but its people. */
function ActorChoice({
  label,
  choices,
  value,
  onChange,
}: {
  label: string;
  choices: readonly Draft['actors'][number][];
  value: string;
  onChange: (id: string) => void;
}) {
  const lang = useLang();
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {choices.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name[lang]}
          </option>
        ))}
      </select>
    </label>
  );
}
