import { foldAccents } from '../../text/fold';
import { NAME_FORMS } from '../countryNames';

/**
 * Months and weekdays in French and English: "Last December" or "Lundi Matin" is no one's name.
 * May and June are left out, since they are also people's names (Theresa May).
 */
const CALENDAR_WORDS = (
  'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january ' +
  'february march april july august september october november december lundi mardi ' +
  'mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday'
).split(' ');

/**
 * Nouns that head the name of an institution, a programme, a place or a publication, never a
 * person's: "Joint Economic Commission", "World Food Programme", "Sahel Province", "The Savanna Post".
 */
const INSTITUTION_NOUNS = (
  'commission committee comite council conseil cooperation programme program province region corps ' +
  'forum agency agence office bureau ministry ministere department departement bank banque fund ' +
  'fonds force forces army armee group groupe mission operation union alliance community communaute ' +
  'organisation organization assembly assemblee parliament parlement court cour tribunal authority ' +
  'autorite institute institut university universite company compagnie corporation airlines airways ' +
  'service services desk wire post review ledger digest times journal tribune herald gazette news ' +
  'daily courrier echo monde summit sommet conference treaty traite accord agreement declaration ' +
  'charter charte initiative plan project projet strategy strategie facility partnership ' +
  'partenariat state states etat etats republic republique kingdom royaume government gouvernement ' +
  'international internationale national nationale economic economique joint mixte'
).split(' ');

/** Points of the compass and the parts of the world they make: "West African", "Afrique de l'Ouest". */
const REGION_WORDS = (
  'north south east west northern southern eastern western central nord sud est ouest africa ' +
  'african afrique africain africaine europe european europeen europeenne asia asian arab arabe ' +
  'sahel sahelian sahelien sahelienne maghreb middle world global'
).split(' ');

const NOT_NAME_WORDS = new Set([
  ...CALENDAR_WORDS,
  ...INSTITUTION_NOUNS,
  ...REGION_WORDS,
  // The adjectives of countries and organizations ("Turkish", "Malian"): a demonym is not a name.
  ...NAME_FORMS.filter((f) => f.via === 'adjective').map((f) => foldAccents(f.form)),
]);

/**
 * Whether a run of capitalised words is shaped like something other than a person's name: a word
 * of it is a month or a weekday, a noun that heads an institution's or a publication's name, a
 * region or a demonym; or the run is written all in capitals (a dateline's "NEW YORK").
 */
export function isNotPersonName(words: readonly string[]): boolean {
  // Every word in capitals, not one: French writes surnames so ("Abdoulaye DIOP").
  return words.some((w) => NOT_NAME_WORDS.has(foldAccents(w))) || words.every((w) => w === w.toUpperCase());
}
