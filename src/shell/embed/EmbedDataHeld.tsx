import { useId, useRef } from 'react';
import type { EmbedView } from '../../config/appConfig';
import { linkHost } from '../../config/dataLink';
import { DataText } from '../../ui/DataText';
import { toHeldDataDashboardUrl } from '../../embed/holdEmbedData';
import { useReportHeight } from './useReportHeight';
import './embed.css';
import { useMessages } from '../../state/useMessages';

/**
 * What an embed shows in place of a `?data=` link's dataset that its address did not allow
 * (`holdEmbedData`): whose data it was asked to show, why it does not, and the full dashboard,
 * where that data opens under its host's name.
 */
export function EmbedDataHeld({ view, address }: { view: EmbedView; address: string }) {
  const t = useMessages();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useReportHeight(ref, view);
  const host = linkHost(address, document.baseURI);
  return (
    <main ref={ref} className="embed embed-held" aria-labelledby={titleId}>
      <h1 id={titleId} className="embed__title">
        {t.embed.heldTitle}
      </h1>
      <p className="embed-held__text">
        {t.embed.heldFrom}{' '}
        <strong>
          <DataText text={host ?? address} />
        </strong>
        . {t.embed.heldWhy}
      </p>
      {host && (
        <p className="embed-held__open">
          <a href={toHeldDataDashboardUrl(window.location.href, view)} target="_blank" rel="noopener noreferrer">
            {t.embed.heldOpen(host)} <span className="visually-hidden">{t.embed.opensInNewTab}</span>
          </a>
        </p>
      )}
      <p className="embed__footer embed__credit">{t.appName}</p>
    </main>
  );
}
