import type { Dataset } from '../../data/indexDataset';
import type { QuoteSupport } from '../../derive/quoteIndex';
import { TITLE_MAX } from '../../text/capLabel';
import { DataMessage, DataText } from '../../ui/DataText';
import type { EntityRef } from '../../model/entityRef';
import { relationActors } from '../../model/entityRef';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * What `pickLabel` says, drawn: the same words, with each name isolated and cut on its own, so a
 * name written right to left neither turns the label around nor is turned by it.
 */
export function PickLabel({ dataset, pick }: { dataset: Dataset; pick: EntityRef | QuoteSupport }) {
  const t = useMessages();
  const lang = useLang();
  const name = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;
  switch (pick.kind) {
    case 'partnership': {
      const p = dataset.partnershipById.get(pick.id);
      if (!p) return <DataText text={pick.id} />;
      const partner = p.actors.find((id) => id !== dataset.focus.id) ?? p.actors[1];
      const sector = (dataset.sectorById.get(p.sector)?.name[lang] ?? p.sector).toLocaleLowerCase(lang);
      return <DataMessage message={t.reader.partnership} texts={[name(partner), sector]} />;
    }
    case 'actor':
      return <DataText text={name(pick.id)} />;
    case 'relation':
      return <DataMessage message={t.reader.relation} texts={relationActors(pick.id).map(name)} />;
    case 'event':
      return <DataText text={dataset.events.find((e) => e.id === pick.id)?.title[lang] ?? pick.id} max={TITLE_MAX} />;
  }
}
