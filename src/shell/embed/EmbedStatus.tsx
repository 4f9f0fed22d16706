import { useRef } from 'react';
import type { EmbedView } from '../../config/appConfig';
import { useAppStore } from '../../state/store';
import { LoadIssues } from '../../ui/LoadIssues';
import { useReportHeight } from './useReportHeight';
import './embed.css';
import { useMessages } from '../../state/useMessages';

/**
 * What an embed shows before its data is ready: a loading line, or, if the data cannot load, a
 * plain sentence for the article's reader above the technical detail for its author. Its height
 * is reported like the view's, so the host never keeps an empty box.
 */
export function EmbedStatus({ view }: { view: EmbedView }) {
  const t = useMessages();
  const phase = useAppStore((s) => s.load.phase);
  const ref = useRef<HTMLElement>(null);
  useReportHeight(ref, view);
  return (
    <main ref={ref} className="embed embed-status">
      {phase === 'failed' && <p className="embed-status__failed">{t.embed.failed}</p>}
      <LoadIssues />
      {phase !== 'failed' && <p role="status">{t.loading}</p>}
    </main>
  );
}
