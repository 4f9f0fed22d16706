import { memo, useMemo, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import type { NetworkGraph } from '../../derive/toNetworkGraph';
import { useAppStore } from '../../state/store';
import { toNetworkListEntries, type NetworkListEntry } from './toNetworkListEntries';
import { DataText } from '../../ui/DataText';
import { sameRef, type EntityRef } from '../../model/entityRef';
import { toggleSelection } from '../../state/interaction';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * The same network as a list, for screen readers and for anyone who prefers reading: each
 * actor with what it is and, under it, every tie it has with what the tie carries. Its buttons
 * select exactly as the diagram does.
 *
 * The list reads the selection once and hands each actor only the part that concerns it, so a
 * change of selection re-renders the one or two actors it reaches or leaves, and the hover does
 * not reach the list at all.
 */
export function NetworkList({ dataset, graph }: { dataset: Dataset; graph: NetworkGraph }) {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <details className="network-list screen-only" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t.network.list}</summary>
      {open && <NetworkListEntries dataset={dataset} graph={graph} />}
    </details>
  );
}

/**
 * The list itself, made only while it is open: nobody reads a closed list, not even a screen
 * reader, and for thousands of partnerships it is thousands of elements to build and to update
 * on every filter.
 */
function NetworkListEntries({ dataset, graph }: { dataset: Dataset; graph: NetworkGraph }) {
  const t = useMessages();
  const lang = useLang();
  const selection = useAppStore((s) => s.selection);
  const entries = useMemo(() => toNetworkListEntries(dataset, graph, lang, t), [dataset, graph, lang, t]);
  return (
    <ul>
      {entries.map((entry) => (
        <NetworkListActor key={entry.pick.id} entry={entry} selected={selectionWithin(entry, selection)} />
      ))}
    </ul>
  );
}

/** The selection when it is this actor or one of its ties, else null. */
function selectionWithin(entry: NetworkListEntry, selection: EntityRef | null): EntityRef | null {
  if (!selection) return null;
  return sameRef(entry.pick, selection) || entry.ties.some((tie) => sameRef(tie.pick, selection)) ? selection : null;
}

const NetworkListActor = memo(function NetworkListActor({ entry, selected }: { entry: NetworkListEntry; selected: EntityRef | null }) {
  return (
    <li>
      <button
        type="button"
        className="network-list__actor"
        aria-pressed={sameRef(selected, entry.pick)}
        onClick={() => toggleSelection(entry.pick)}
      >
        <DataText text={entry.name} />
      </button>{' '}
      <span>({entry.facts})</span>
      {entry.ties.length === 0 ? null : (
        <ul>
          {entry.ties.map((tie) => (
            <li key={tie.id}>
              <button
                type="button"
                className="network-list__tie"
                aria-label={tie.pair}
                aria-pressed={sameRef(selected, tie.pick)}
                onClick={() => toggleSelection(tie.pick)}
              >
                <DataText text={tie.otherName} />
              </button>
              : {tie.ties}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});
