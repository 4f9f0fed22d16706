import { useMemo } from 'react';
import { useAppStore } from '../state/store';
import { absoluteLink, linkHost } from '../config/dataLink';

export interface DataLink {
  /** The link, absolute, as an embed or a link back opened from another page needs it. */
  address: string;
  /** Its host, which every view and export names: "other.site". */
  host: string;
}

/** The `?data=` link the dataset on screen came from; null for the site's own data or a person's file. */
export function useDataLink(): DataLink | null {
  const origin = useAppStore((s) => s.datasetOrigin);
  return useMemo(() => {
    if (origin.kind !== 'link') return null;
    const host = linkHost(origin.address, document.baseURI);
    return host ? { address: absoluteLink(origin.address, document.baseURI), host } : null;
  }, [origin]);
}
