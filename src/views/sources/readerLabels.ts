import type { Dataset } from '../../data/indexDataset';
import type { QuoteSupport } from '../../derive/quoteIndex';
import type { Messages } from '../../i18n/fr';
import type { Lang } from '../../i18n/lang';
import type { Pick } from '../../state/store';
import { relationActors } from '../../derive/relations';

/** Plain words for what a quote supports or what is selected: "Russie, énergie", "Abdoulaye Diop", an event's title. */
export function pickLabel(dataset: Dataset, pick: Pick | QuoteSupport, lang: Lang, t: Messages): string {
  const name = (id: string) => dataset.actorById.get(id)?.name[lang] ?? id;
  switch (pick.kind) {
    case 'partnership': {
      const p = dataset.partnershipById.get(pick.id);
      if (!p) return pick.id;
      const partner = p.actors.find((id) => id !== dataset.focus.id) ?? p.actors[1];
      return t.reader.partnership(name(partner), dataset.sectorById.get(p.sector)?.name[lang] ?? p.sector);
    }
    case 'actor':
      return name(pick.id);
    case 'relation': {
      const [a, b] = relationActors(pick.id);
      return t.reader.relation(name(a), name(b));
    }
    case 'event':
      return dataset.events.find((e) => e.id === pick.id)?.title[lang] ?? pick.id;
  }
}

/** The start of a quote, for naming its controls without reading the whole sentence again. */
export function excerpt(quote: string, words = 6): string {
  const all = quote.replace(/^["«“\s]+/u, '').split(/\s+/u);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}

/** A link is shown only when it is a plain web address; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const protocol = new URL(url).protocol;
  return protocol === 'http:' || protocol === 'https:' ? url : null;
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export function languageName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
