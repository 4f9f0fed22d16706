import type { Messages } from './fr';

export const en: Messages = {
  appName: 'Partnership Atlas',
  languageSwitch: 'Language',
  languageNames: { fr: 'Français', en: 'English' },
  sourceLine: 'Source:',
  sourcesMore: (n: number) => `and ${n} context source${n > 1 ? 's' : ''}`,
  undated: 'undated',
  loading: 'Loading the data…',
  loadFailedTitle: (label: string) => `The data "${label}" could not be loaded`,
  loadFailedKeep: 'The data on screen is still the previous one.',
  loadFailedNothing: 'Fix the file, then reload the page.',
  issuesCount: (n: number) => `${n} problem${n > 1 ? 's' : ''} found:`,
  dismiss: 'Dismiss',
  skipToContent: 'Skip to content',
  regions: {
    map: 'Map',
    network: 'Network',
    sectors: 'Sectors',
    table: 'Partnership table',
    source: 'Source text',
  },
  summary: (partners: number, partnerships: number, sectors: number) =>
    `${partners} partners, ${partnerships} partnerships, ${sectors} sectors`,
  statuses: {
    active: 'active',
    emerging: 'emerging',
    exploring: 'exploring',
    potential: 'potential',
    ended: 'ended',
  },
  trends: {
    strengthening: 'strengthening',
    stable: 'stable',
    weakening: 'weakening',
  },
  kinds: {
    country: 'country',
    organization: 'organization',
    person: 'person',
  },
  map: {},
  network: {},
  sectors: {},
  table: {},
  reader: {},
};
