import { Fragment, useId, useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';
import type { Dataset, Partnership } from '../../data/indexDataset';
import { useAppStore } from '../../state/store';
import { select } from '../../state/interaction';
import { PartnershipList } from './PartnershipList';
import { EventList } from './EventList';
import { EvidenceList } from './EvidenceList';
import { PartnershipSummary } from './PartnershipSummary';
import { CentreOn } from './CentreOn';
import { DETAILS_PAGE_SIZE } from './detailsPaging';
import { formatDateRange } from '../../i18n/format';
import { DataText } from '../../ui/DataText';
import { TITLE_MAX } from '../../text/capLabel';
import './details.css';
import type { EntityRef } from '../../model/entityRef';
import { relationActors } from '../../model/entityRef';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * Everything the dataset says about the selection: for an actor its kind, role and every
 * partnership; for a partnership or relation its partnerships; for an event its date and
 * actors; each with its evidence, translation and source, and the dated events involved.
 *
 * It is there only while something is picked, where the person is looking: a panel docked at the
 * right of the views on a wide screen (over them, so that they are not laid out again), a sheet at
 * the bottom of a phone's screen. It scrolls inside, under its heading and close button. Escape
 * closes it too, as it clears the selection; its heading folds it, the selection kept. The
 * keyboard's focus stays where the pick was made, and a skip link leads into the panel.
 */
export function DetailsPanel({ dataset }: { dataset: Dataset }) {
  const selection = useAppStore((s) => s.selection);
  return selection ? <OpenPanel dataset={dataset} pick={selection} /> : null;
}

function OpenPanel({ dataset, pick }: { dataset: Dataset; pick: EntityRef }) {
  const t = useMessages();
  const headingId = useId();
  const bodyId = useId();
  const panelRef = useRef<HTMLElement>(null);
  // Folded to its bar, the panel leaves the views under it free to use, the selection kept. It
  // stays folded as the selection changes, so that picking quote after quote in the source beside
  // it does not cover the source again each time.
  const [folded, setFolded] = useState(false);
  const rememberFocusOrigin = useReturnFocus(panelRef);
  useFitInWindow(panelRef, folded);
  return (
    <aside
      ref={panelRef}
      id="details"
      className={folded ? 'details is-folded' : 'details'}
      tabIndex={-1}
      aria-labelledby={headingId}
      onFocus={rememberFocusOrigin}
    >
      <div className="details__bar">
        <h2 id={headingId}>
          <button
            type="button"
            className="details__fold"
            aria-expanded={!folded}
            aria-controls={bodyId}
            onClick={() => setFolded((was) => !was)}
          >
            {t.details.title}
            <span aria-hidden="true">{folded ? '▴' : '▾'}</span>
          </button>
        </h2>
        <button type="button" className="details__close screen-only" onClick={() => select(null)} aria-label={t.details.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div id={bodyId} className="details__body" hidden={folded}>
        <PickDetails dataset={dataset} pick={pick} />
      </div>
    </aside>
  );
}

/**
 * When the panel closes with the keyboard's focus inside it (its close button, Escape), the focus
 * goes back to where it came from into the panel, or else to the page's main region, rather than
 * to the top of the document.
 */
function useReturnFocus(panelRef: RefObject<HTMLElement | null>) {
  // One object for the panel's whole life, so that the cleanup below reads what it holds last.
  const originRef = useRef<{ element: HTMLElement | null }>({ element: null });
  useLayoutEffect(
    function giveFocusBackOnClose() {
      const element = panelRef.current;
      const origin = originRef.current;
      return () => {
        // A layout effect's cleanup runs before the panel leaves the page, while it still has the focus.
        if (!element?.contains(document.activeElement)) return;
        const back = origin.element;
        const target = back?.isConnected && !back.closest('.skip-links') ? back : document.getElementById('main');
        target?.focus({ preventScroll: true });
      };
    },
    [panelRef],
  );
  return (event: FocusEvent<HTMLElement>) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !event.currentTarget.contains(from)) originRef.current.element = from;
  };
}

/**
 * Keeps the docked panel's bottom inside the window. It stays below the toolbar once the page has
 * scrolled, but at the top of the page it starts lower, under the filters, and a fixed height
 * would put the end of its text out of reach. Only the panel's own height is written: nothing
 * else is laid out again. The sheet of a phone has a height of its own (details.css).
 */
function useFitInWindow(panelRef: RefObject<HTMLElement | null>, folded: boolean) {
  useLayoutEffect(
    function fitPanelToWindow() {
      const element = panelRef.current;
      if (!element) return;
      let frame = 0;
      const fit = () => {
        frame = 0;
        if (getComputedStyle(element).position !== 'sticky') {
          element.style.removeProperty('max-height');
          return;
        }
        const top = Math.max(0, element.getBoundingClientRect().top);
        element.style.maxHeight = `${Math.max(160, window.innerHeight - top - 8)}px`;
      };
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(fit);
      };
      fit();
      window.addEventListener('scroll', schedule, { passive: true });
      window.addEventListener('resize', schedule);
      return () => {
        cancelAnimationFrame(frame);
        window.removeEventListener('scroll', schedule);
        window.removeEventListener('resize', schedule);
      };
    },
    // Unfolded, the panel is docked again, and fitted at once.
    [panelRef, folded],
  );
}

function PickDetails({ dataset, pick }: { dataset: Dataset; pick: EntityRef }) {
  const t = useMessages();
  const lang = useLang();
  const name = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;
  const eventsOf = (ids: readonly string[]) => dataset.events.filter((e) => ids.every((id) => e.actors.includes(id)));

  if (pick.kind === 'actor') {
    const actor = dataset.actorById.get(pick.id);
    if (!actor) return null;
    const member = actor.memberOf ? dataset.actorById.get(actor.memberOf) : undefined;
    const partnerships = dataset.partnershipsByActor.get(actor.id) ?? [];
    // Past a page, a summary comes first: the list alone would be read a page at a time.
    const many = partnerships.length > DETAILS_PAGE_SIZE;
    return (
      <>
        <h3>
          <DataText text={actor.name[lang]} />
        </h3>
        <p className="details__meta">
          {t.kinds[actor.kind]}
          {actor.role && (
            <>
              {' · '}
              <DataText text={actor.role[lang]} max={TITLE_MAX} />
            </>
          )}
          {member && !actor.role && (
            <>
              {' · '}
              <DataText text={member.name[lang]} />
            </>
          )}
        </p>
        <CentreOn dataset={dataset} actorId={actor.id} />
        {many && <PartnershipSummary dataset={dataset} partnerships={partnerships} viewpoint={actor.id} />}
        {many && <h4>{t.details.allPartnerships}</h4>}
        <PartnershipList key={`partnerships:${actor.id}`} dataset={dataset} partnerships={partnerships} viewpoint={actor.id} />
        {actor.evidence && actor.evidence.length > 0 && <EvidenceList dataset={dataset} evidence={actor.evidence} />}
        <EventList key={`events:${actor.id}`} dataset={dataset} events={eventsOf([actor.id])} />
      </>
    );
  }
  if (pick.kind === 'partnership' || pick.kind === 'relation') {
    const [a, b] = pick.kind === 'relation' ? relationActors(pick.id) : (dataset.partnershipById.get(pick.id)?.actors ?? ['', '']);
    const list: Partnership[] =
      pick.kind === 'relation'
        ? (dataset.partnershipsByActor.get(a) ?? []).filter((p) => p.actors.includes(b))
        : [dataset.partnershipById.get(pick.id)].filter((p): p is Partnership => p !== undefined);
    return (
      <>
        <h3>
          <DataText text={name(a)} /> – <DataText text={name(b)} />
        </h3>
        <PartnershipList key={`partnerships:${pick.id}`} dataset={dataset} partnerships={list} />
        <EventList key={`events:${pick.id}`} dataset={dataset} events={eventsOf([a, b])} />
      </>
    );
  }
  const event = dataset.events.find((e) => e.id === pick.id);
  if (!event) return null;
  return (
    <>
      <h3>
        <DataText text={event.title[lang]} max={TITLE_MAX} />
      </h3>
      {event.date && <p className="details__meta">{formatDateRange(event.date, event.endDate, lang)}</p>}
      <p>
        {t.details.actors}{' '}
        {event.actors.map((id, i) => (
          <Fragment key={id}>
            {i > 0 && ', '}
            <DataText text={name(id)} />
          </Fragment>
        ))}
      </p>
      <EvidenceList dataset={dataset} evidence={event.evidence} />
    </>
  );
}
