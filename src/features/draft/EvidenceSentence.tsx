import type { CandidateEvidence, Cue, Draft } from '../../extract/types';
import type { Status } from '../../model/statuses';
import { useMessages } from '../../state/useMessages';
import { EvidenceDate } from './EvidenceDate';

/**
 * One sentence with the words that triggered the rules marked, each mark named by its kind, so
 * a reviewer sees why the candidate exists. A sentence whose status differs from its row's says
 * so. Text is rendered as text, never as markup.
 */
export function EvidenceSentence({ draft, evidence, rowStatus }: { draft: Draft; evidence: CandidateEvidence; rowStatus?: Status }) {
  const messages = useMessages();
  const t = messages.draft;
  const sentence = draft.sentences[evidence.sentence]!;
  const pieces: { text: string; cue?: Cue }[] = [];
  let at = sentence.start;
  const cues = [...evidence.cues].filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
  for (const cue of cues) {
    if (cue.start < at) continue;
    if (cue.start > at) pieces.push({ text: draft.text.slice(at, cue.start) });
    pieces.push({ text: draft.text.slice(cue.start, cue.end), cue });
    at = cue.end;
  }
  if (at < sentence.end) pieces.push({ text: draft.text.slice(at, sentence.end) });
  const own = rowStatus !== undefined && evidence.status !== rowStatus ? [t.evidenceStatus(messages.statuses[evidence.status])] : [];
  const notes = own.concat(
    evidence.notes.map((n) => {
      switch (n.kind) {
        case 'partnerCarried':
          return t.notes.partnerCarried(n.fromSentence + 1);
        case 'sectorCarried':
          return t.notes.sectorCarried(n.fromSentence + 1);
        case 'reported':
          return t.notes.reported({ name: n.speaker, kind: 'person', code: n.speaker });
        default:
          return t.notes[n.kind];
      }
    }),
  );
  return (
    <div className="draft-evidence">
      <p>
        <span className="draft-evidence__number">{t.sentence(evidence.sentence + 1)} </span>
        {pieces.map((p, i) =>
          p.cue ? (
            <mark key={i} className={`draft-cue draft-cue--${p.cue.kind}`} title={t.cueKinds[p.cue.kind]}>
              {p.text}
              <span className="visually-hidden"> ({t.cueKinds[p.cue.kind]})</span>
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
      {notes.length > 0 && <p className="draft-evidence__notes">{notes.join(' · ')}</p>}
      <EvidenceDate draft={draft} evidence={evidence} />
    </div>
  );
}
