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

/**
 * Sectors that name a means rather than a field: training, money and trade serve the field they
 * are spent on. Next to a word of a field, the field is the sector ("formation des forces armées"
 * is security, a loan for a railway is transport, exports of electricity are energy); alone, they
 * are their own sector (scholarships, budget support, trade in general).
 */
export const MEANS_SECTORS: readonly string[] = ['education', 'finance', 'trade'];
