import { useId, useMemo } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { centreOn } from '../../state/centreOn';
import { useLang, useMessages } from '../../state/useMessages';
import { capLabel } from '../../text/capLabel';

/**
 * The actor every view is centred on, to choose among the actors that have a partnership, in
 * alphabetical order. A person's centre is their country's, so people are not offered.
 */
export function CentreSelect({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const id = useId();
  const actors = useMemo(
    () =>
      dataset.actors
        .filter((a) => a.kind !== 'person' && (a.id === dataset.focus.id || (dataset.partnershipsByActor.get(a.id)?.length ?? 0) > 0))
        .map((a) => ({ id: a.id, name: a.name[lang] }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [dataset, lang],
  );
  return (
    <div className="filter-bar__search filter-bar__centre">
      <label htmlFor={id}>{t.viewpoint.control}</label>
      <select id={id} value={dataset.focus.id} onChange={(e) => centreOn(e.target.value)}>
        {actors.map((a) => (
          // An option cannot wrap, and a select is as wide as its longest option: a name is cut
          // where the views cut it, its whole text kept as the option's title.
          <option key={a.id} value={a.id} title={a.name}>
            {capLabel(a.name)}
          </option>
        ))}
      </select>
    </div>
  );
}
