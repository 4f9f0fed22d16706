import type { Draft } from '../../extract/types';
import { useMessages } from '../../state/useMessages';

/** What the rules read but did not propose, and why: negations, denials, furniture lines. */
export function SkippedList({ draft }: { draft: Draft }) {
  const messages = useMessages();
  const t = messages.draft;
  const items = [
    ...draft.skipped.map((s) => ({ sentence: s.sentence, why: t.skipped[s.reason](draft.text.slice(s.cue.start, s.cue.end)) })),
    ...draft.sentences.filter((s) => s.skipped).map((s) => ({ sentence: s.index, why: t.skipped.boilerplate })),
  ].sort((a, b) => a.sentence - b.sentence);
  if (items.length === 0) return null;
  return (
    <details className="draft-skipped">
      <summary>{`${t.skippedTitle} (${items.length})`}</summary>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            {t.sentence(item.sentence + 1)}
            {messages.colon}
            {item.why} — <q>{draft.sentences[item.sentence]!.text}</q>
          </li>
        ))}
      </ul>
    </details>
  );
}
