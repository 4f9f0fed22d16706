import type { LocalizedJson } from '../../data/schema';

/**
 * The sectors a draft may propose, with their names in both languages. The words that point to
 * each one live in the per-language lexicons. `general` holds cooperation that the article names
 * without saying in which field; a reviewer moves it to a sector or rejects it.
 */
export const SECTOR_NAMES: Readonly<Record<string, LocalizedJson>> = {
  security: { fr: 'Sécurité', en: 'Security' },
  energy: { fr: 'Énergie', en: 'Energy' },
  transport: { fr: 'Transport', en: 'Transport' },
  agriculture: { fr: 'Agriculture', en: 'Agriculture' },
  education: { fr: 'Éducation', en: 'Education' },
  health: { fr: 'Santé', en: 'Health' },
  mining: { fr: 'Mines', en: 'Mining' },
  finance: { fr: 'Finance', en: 'Finance' },
  trade: { fr: 'Commerce', en: 'Trade' },
  general: { fr: 'Coopération générale', en: 'General cooperation' },
};

export const GENERAL_SECTOR = 'general';

export const SECTOR_IDS = Object.keys(SECTOR_NAMES);
