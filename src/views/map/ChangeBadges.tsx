import { useMemo } from 'react';
import { Marker } from 'react-leaflet';
import { divIcon } from 'leaflet';
import type { Dataset } from '../../data/indexDataset';
import type { MapLink } from '../../derive/toMapScene';
import { CHANGE_GLYPHS } from '../../derive/compareDates';
import { useComparedPairs } from '../../state/useComparedPairs';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * The links whose partnerships changed between the two dates the date control compares, each
 * marked at its middle with its change's glyph in a ringed badge (never colour alone), and named
 * in words for screen readers. Nothing is drawn while no comparison is marked.
 */
export function ChangeBadges({ dataset, links }: { dataset: Dataset; links: readonly MapLink[] }) {
  const t = useMessages();
  const lang = useLang();
  const changed = useComparedPairs();
  const badges = useMemo(
    () =>
      changed
        ? links.flatMap((link) => {
            const kinds = changed.get(link.id);
            const middle = link.latLngs[Math.floor(link.latLngs.length / 2)];
            if (!kinds || !middle) return [];
            const names = [link.from, link.to].map((id) => dataset.actorById.get(id)?.name[lang] ?? id).join(' – ');
            const words = `${names}${t.colon}${t.dateControl.changed(kinds.map((kind) => t.dateControl.kinds[kind]))}`;
            const glyphs = kinds.map((kind) => CHANGE_GLYPHS[kind]).join('');
            const icon = divIcon({
              className: 'map-change',
              html: `<span aria-hidden="true">${glyphs}</span><span class="visually-hidden">${escapeHtml(words)}</span>`,
              iconSize: [12 + glyphs.length * 9, 20],
            });
            return [{ id: link.id, at: middle, icon }];
          })
        : [],
    [changed, links, dataset, lang, t],
  );
  return badges.map((badge) => <Marker key={badge.id} position={badge.at} icon={badge.icon} interactive={false} keyboard={false} />);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
