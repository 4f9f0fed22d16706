import type { Dataset } from '../../data/indexDataset';
import type { QuoteSupport } from '../../derive/quoteIndex';
import type { Messages } from '../../i18n/fr';
import { memoizeLast } from '../../derive/memoizeLast';
import { capLabel, TITLE_MAX } from '../../text/capLabel';
import type { EntityRef } from '../../model/entityRef';
import { relationActors } from '../../model/entityRef';
import type { Lang } from '../../model/lang';

/**
 * Plain words for what a quote supports or what is selected: "Russie, énergie", "Abdoulaye Diop",
 * an event's title; each name cut as a label cuts it.
 */
export function pickLabel(dataset: Dataset, pick: EntityRef | QuoteSupport, lang: Lang, t: Messages): string {
  const name = (id: string) => capLabel(dataset.actorById.get(id)?.name[lang] ?? id);
  switch (pick.kind) {
    case 'partnership': {
      const p = dataset.partnershipById.get(pick.id);
      if (!p) return pick.id;
      const partner = p.actors.find((id) => id !== dataset.focus.id) ?? p.actors[1];
      return t.reader.partnership(name(partner), capLabel(dataset.sectorById.get(p.sector)?.name[lang] ?? p.sector));
    }
    case 'actor':
      return name(pick.id);
    case 'relation': {
      const [a, b] = relationActors(pick.id);
      return t.reader.relation(name(a), name(b));
    }
    case 'event':
      return capLabel(dataset.events.find((e) => e.id === pick.id)?.title[lang] ?? pick.id, TITLE_MAX);
  }
}

/** The start of a quote, for naming its controls without reading the whole sentence again. */
export function excerpt(quote: string, words = 6): string {
  const all = quote.replace(/^["«“\s]+/u, '').split(/\s+/u);
  return capLabel(all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' '));
}

/** A link is shown only when it is a plain web address; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const protocol = new URL(url).protocol;
  return protocol === 'http:' || protocol === 'https:' ? url : null;
}

/**
 * The language names, built once per language: a source header asks for them at every render,
 * and building an `Intl` format loads its locale data each time.
 */
const languageNamesFor = memoizeLast((lang: Lang) => new Intl.DisplayNames([lang], { type: 'language' }));

/**
 * The dashboard's own two languages by name, as `Intl.DisplayNames` gives them: most sources are
 * in one of them, and naming them needs no locale data (the first `DisplayNames` of a page loads
 * the names of every language, a long task on a phone for one word).
 */
const OWN_LANGUAGES: Record<Lang, Readonly<Record<string, string>>> = {
  fr: { fr: 'français', en: 'anglais' },
  en: { fr: 'French', en: 'English' },
};

export function languageName(code: string, lang: Lang): string {
  const own = OWN_LANGUAGES[lang][code];
  if (own) return own;
  try {
    return languageNamesFor(lang).of(code) ?? code;
  } catch {
    return code;
  }
}
