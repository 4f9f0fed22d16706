import { useId, useState } from 'react';
import type { Dataset } from '../../data/indexDataset';
import { useAppStore } from '../../state/store';
import { useFilteredPartnerships } from '../../state/selectors';
import { STATUS_STYLES } from '../../styles/statusStyle';
import { ChipGroup } from './ChipGroup';
import { CentreSelect } from './CentreSelect';
import './filters.css';
import { STATUSES } from '../../model/statuses';
import { ACTOR_KINDS } from '../../model/actorKinds';
import { useLang, useMessages } from '../../state/useMessages';

/**
 * Filters by status, sector, partner kind and name; every view, the table and the counts follow.
 * On a phone the filters are folded behind a button that says how many are on, so that the first
 * screen shows the map; the count of partnerships shown stays in sight beside it. The "skip to the
 * filters" link unfolds them, as it focuses the bar.
 */
export function FilterBar({ dataset }: { dataset: Dataset }) {
  const t = useMessages();
  const lang = useLang();
  const filters = useAppStore((s) => s.filters);
  const date = useAppStore((s) => s.date);
  const { toggleStatus, toggleSector, toggleKind, setSearch, clearFilters } = useAppStore.getState();
  const shown = useFilteredPartnerships(dataset).length;
  const total = dataset.partnerships.length;
  const searchId = useId();
  const bodyId = useId();
  const [open, setOpen] = useState(false);
  const active = filters.statuses.length + filters.sectors.length + filters.kinds.length + (filters.search.trim() ? 1 : 0);

  return (
    <section
      id="filters"
      tabIndex={-1}
      className={open ? 'filter-bar is-open' : 'filter-bar'}
      aria-label={t.filters.label}
      onFocus={(event) => {
        if (event.target === event.currentTarget) setOpen(true);
      }}
    >
      <button
        type="button"
        className="button button--bar filter-bar__toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((was) => !was)}
      >
        {t.filters.toggle(active)}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={bodyId} className="filter-bar__body">
        <CentreSelect dataset={dataset} />
        <div className="filter-bar__search">
          <label htmlFor={searchId}>{t.filters.search}</label>
          <input
            id={searchId}
            type="search"
            value={filters.search}
            placeholder={t.filters.searchPlaceholder}
            autoComplete="off"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <ChipGroup
          label={t.filters.status}
          options={STATUSES.map((s) => ({ id: s, label: t.statuses[s], glyph: STATUS_STYLES[s].glyph, color: STATUS_STYLES[s].color }))}
          chosen={filters.statuses}
          onToggle={(id) => toggleStatus(id as (typeof STATUSES)[number])}
        />
        <ChipGroup
          label={t.filters.sector}
          options={dataset.sectors.map((s) => ({ id: s.id, label: s.name[lang] }))}
          chosen={filters.sectors}
          onToggle={toggleSector}
        />
        <ChipGroup
          label={t.filters.kind}
          options={ACTOR_KINDS.map((k) => ({ id: k, label: t.kinds[k] }))}
          chosen={filters.kinds}
          onToggle={(id) => toggleKind(id as (typeof ACTOR_KINDS)[number])}
        />
      </div>
      <div className="filter-bar__summary">
        <p role="status" aria-live="polite">
          {t.filters.shown(shown, total)}
        </p>
        {/* The date the counts and every view are of, so that a reader always knows which date they see. */}
        <p className="filter-bar__date">{t.dateControl.asOf(date)}</p>
        <button type="button" className="button" onClick={clearFilters} disabled={active === 0}>
          {t.filters.clear}
        </button>
      </div>
    </section>
  );
}
