/**
 * The French catalogue is the reference: `Messages` is its type, so a key missing from another
 * language fails the type-check.
 */
export const fr = {
  appName: 'Atlas des partenariats',
  languageSwitch: 'Langue',
  languageNames: { fr: 'Français', en: 'English' },
  sourceLine: 'Source\u00a0:',
  sourcesMore: (n: number) => `et ${n} autre${n > 1 ? 's' : ''} source${n > 1 ? 's' : ''} de contexte`,
  undated: 'non daté',
  loading: 'Chargement des données…',
  loadFailedTitle: (label: string) => `Les données « ${label} » n'ont pas pu être chargées`,
  loadFailedKeep: 'Les données affichées restent celles d’avant.',
  loadFailedNothing: 'Corrigez le fichier puis rechargez la page.',
  issuesCount: (n: number) => `${n} problème${n > 1 ? 's' : ''} trouvé${n > 1 ? 's' : ''} :`,
  dismiss: 'Fermer',
  skipToContent: 'Aller au contenu',
  regions: {
    map: 'Carte',
    network: 'Réseau',
    sectors: 'Secteurs',
    table: 'Tableau des partenariats',
    source: 'Texte de la source',
  },
  summary: (partners: number, partnerships: number, sectors: number) =>
    `${partners} partenaires, ${partnerships} partenariats, ${sectors} secteurs`,
  statuses: {
    active: 'actif',
    emerging: 'en cours de mise en place',
    exploring: 'en discussion',
    potential: 'potentiel',
    ended: 'terminé',
  },
  trends: {
    strengthening: 'en renforcement',
    stable: 'stable',
    weakening: 'en recul',
  },
  kinds: {
    country: 'pays',
    organization: 'organisation',
    person: 'personne',
  },
  map: {},
  network: {},
  sectors: {},
  table: {},
  reader: {},
};

export type Messages = typeof fr;
