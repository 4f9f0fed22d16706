import { CHANGE_GLYPHS, CHANGE_KINDS } from '../../derive/compareDates';
import { useAppStore } from '../../state/store';
import { useMessages } from '../../state/useMessages';

/**
 * The legend of the changes the date control's Compare marks on the map and the network: each
 * kind's glyph in its ringed badge, and its name. Nothing while no comparison is marked.
 */
export function ChangeLegend({ className }: { className: string }) {
  const t = useMessages();
  const compared = useAppStore((s) => s.compared);
  if (!compared) return null;
  return (
    <figure className={`legend-key change-legend ${className}`}>
      <figcaption>{t.dateControl.marked(compared.from, compared.to)}</figcaption>
      <ul>
        {CHANGE_KINDS.map((kind) => (
          <li key={kind}>
            <span className="change-legend__glyph" aria-hidden="true">
              {CHANGE_GLYPHS[kind]}
            </span>
            <span>{t.dateControl.kinds[kind]}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
