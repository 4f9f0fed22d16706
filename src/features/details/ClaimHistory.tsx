import type { Dataset, Partnership } from '../../data/indexDataset';
import { ClaimLine } from '../../views/shared/ClaimLine';
import { useMessages } from '../../state/useMessages';

/**
 * A partnership's claims in date order, each with its status, date and where the date comes from,
 * so that its history reads from the first claim to the last. Folded, under the quotes: a
 * partnership with one claim has no history to tell, and shows none.
 */
export function ClaimHistory({ dataset, partnership }: { dataset: Dataset; partnership: Partnership }) {
  const t = useMessages();
  if (partnership.claims.length < 2) return null;
  return (
    <details className="claim-history">
      <summary>{t.disagreement.history}</summary>
      <ol className="claim-list">
        {partnership.claims.map((claim, i) => (
          <li key={i}>
            <ClaimLine dataset={dataset} claim={claim} />
          </li>
        ))}
      </ol>
    </details>
  );
}
