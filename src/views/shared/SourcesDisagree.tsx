import type { Dataset, Partnership } from '../../data/indexDataset';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { ClaimLine } from './ClaimLine';
import { useMessages } from '../../state/useMessages';
import './claims.css';

/**
 * The marker of a partnership whose sources disagree on the date in view, folded: it names the
 * statuses they give, and unfolds, by click or keyboard, to each side's claims with their quotes
 * (or the event they rest on) and sources. Nothing when the sources agree.
 */
export function SourcesDisagree({ dataset, partnership }: { dataset: Dataset; partnership: Partnership }) {
  const t = useMessages();
  const disagreement = partnership.disagreement;
  if (!disagreement) return null;
  const statuses = disagreement.sides.map((side) => t.statuses[side.status]).join(' / ');
  return (
    <details className="sources-disagree">
      <summary>
        <span className="sources-disagree__mark" aria-hidden="true">
          ≠
        </span>{' '}
        {t.disagreement.marker} <span className="sources-disagree__statuses">({statuses})</span>
      </summary>
      <ul className="sources-disagree__sides">
        {disagreement.sides.map((side) => (
          <li key={side.status}>
            <p className="sources-disagree__side">
              <span aria-hidden="true" style={{ color: STATUS_STYLES[side.status].color }}>
                {STATUS_STYLES[side.status].glyph}
              </span>{' '}
              {t.disagreement.side(t.statuses[side.status], side.claims.length)}
            </p>
            <ul className="claim-list">
              {side.claims.map((claim, i) => (
                <li key={i}>
                  <ClaimLine dataset={dataset} claim={claim} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}
