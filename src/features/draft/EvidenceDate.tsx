import { dateMentionOf } from '../../extract/dates/attachDates';
import type { CandidateEvidence, Draft } from '../../extract/types';
import { useLang, useMessages } from '../../state/useMessages';
import { formatDraftDate } from './formatDraftDate';

/**
 * The date an evidence will carry, with the words it came from: the date its sentence speaks of,
 * else the article's; and, where a relative date cannot be placed for want of the article's date,
 * those words, so a reviewer sees why it is undated. It is read from the draft as it stands, so a
 * corrected article date shows at once.
 */
export function EvidenceDate({ draft, evidence }: { draft: Draft; evidence: CandidateEvidence }) {
  const t = useMessages().draftDates;
  const lang = useLang();
  const mention = dateMentionOf(draft, evidence);
  const text =
    mention?.value != null
      ? t.said(formatDraftDate(mention.value, lang), mention.text)
      : mention
        ? t.unplaced(mention.text)
        : draft.articleDate
          ? t.ofArticle(formatDraftDate(draft.articleDate.value, lang))
          : t.undated;
  return <p className="draft-evidence__date">{text}</p>;
}
