import type { Draft } from '../../extract/types';
import { useAppStore } from '../../state/store';
import { useMessages } from '../../state/useMessages';

/**
 * Says when the article under review is already a source of the data on screen (merged or
 * published from here), and that the next one can be pasted to be drafted into the same data:
 * the merge's own notice is in the toolbar, behind this full-screen workspace.
 */
export function ArticleInData({ draft }: { draft: Draft }) {
  const t = useMessages().draftDates;
  const title = draft.sentences[0]?.text.slice(0, 200);
  const published = draft.articleDate?.value;
  const sources = useAppStore((s) => s.dataset?.sources);
  const found = sources?.some((s) => s.title === title && s.published === published && s.language === draft.lang);
  return <p role="status">{found ? t.inData(sources!.length) : ''}</p>;
}
