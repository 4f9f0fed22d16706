// Capitals of the countries that world-atlas's 110m geometry draws, so every generated country
// has a shape on the map. ISO 3166 alpha-3 code, then the capital's latitude and longitude
// (rounded; a benchmark needs plausible places, not survey marks). Disputed or dependent
// territories are left out.
export const CAPITALS = `
AFG 34.53 69.17|AGO -8.84 13.23|ALB 41.33 19.82|ARE 24.45 54.38|ARG -34.60 -58.38|ARM 40.18 44.51
AUS -35.28 149.13|AUT 48.21 16.37|AZE 40.41 49.87|BDI -3.38 29.36|BEL 50.85 4.35|BEN 6.50 2.60
BFA 12.37 -1.52|BGD 23.81 90.41|BGR 42.70 23.32|BHS 25.05 -77.35|BIH 43.86 18.41|BLR 53.90 27.57
BLZ 17.25 -88.76|BOL -16.50 -68.15|BRA -15.79 -47.88|BRN 4.90 114.94|BTN 27.47 89.64|BWA -24.65 25.91
CAF 4.39 18.56|CAN 45.42 -75.70|CHE 46.95 7.45|CHL -33.45 -70.67|CHN 39.90 116.41|CIV 6.83 -5.29
CMR 3.85 11.50|COD -4.32 15.31|COG -4.27 15.28|COL 4.71 -74.07|CRI 9.93 -84.08|CUB 23.11 -82.37
CYP 35.19 33.38|CZE 50.08 14.44|DEU 52.52 13.40|DJI 11.59 43.15|DNK 55.68 12.57|DOM 18.49 -69.93
DZA 36.75 3.06|ECU -0.18 -78.47|EGY 30.04 31.24|ERI 15.32 38.93|ESP 40.42 -3.70|EST 59.44 24.75
ETH 9.03 38.74|FIN 60.17 24.94|FJI -18.14 178.44|FRA 48.86 2.35|GAB 0.42 9.47|GBR 51.51 -0.13
GEO 41.72 44.79|GHA 5.60 -0.19|GIN 9.64 -13.58|GMB 13.45 -16.58|GNB 11.86 -15.60|GNQ 3.75 8.78
GRC 37.98 23.73|GTM 14.63 -90.51|GUY 6.80 -58.16|HND 14.07 -87.19|HRV 45.81 15.98|HTI 18.59 -72.31
HUN 47.50 19.04|IDN -6.21 106.85|IND 28.61 77.21|IRL 53.35 -6.26|IRN 35.69 51.39|IRQ 33.31 44.36
ISL 64.15 -21.94|ISR 31.77 35.21|ITA 41.90 12.50|JAM 18.02 -76.80|JOR 31.95 35.93|JPN 35.68 139.69
KAZ 51.17 71.45|KEN -1.29 36.82|KGZ 42.87 74.59|KHM 11.56 104.92|KOR 37.57 126.98|KWT 29.38 47.99
LAO 17.98 102.63|LBN 33.89 35.50|LBR 6.30 -10.80|LBY 32.89 13.19|LKA 6.93 79.85|LSO -29.31 27.48
LTU 54.69 25.28|LUX 49.61 6.13|LVA 56.95 24.11|MAR 34.02 -6.83|MDA 47.01 28.86|MDG -18.88 47.51
MEX 19.43 -99.13|MKD 42.00 21.43|MLI 12.64 -8.00|MMR 19.76 96.08|MNE 42.44 19.26|MNG 47.89 106.91
MOZ -25.97 32.57|MRT 18.08 -15.98|MWI -13.96 33.77|MYS 3.14 101.69|NAM -22.56 17.08|NER 13.51 2.11
NGA 9.08 7.40|NIC 12.11 -86.24|NLD 52.37 4.90|NOR 59.91 10.75|NPL 27.72 85.32|NZL -41.29 174.78
OMN 23.59 58.41|PAK 33.68 73.05|PAN 8.98 -79.52|PER -12.05 -77.04|PHL 14.60 120.98|PNG -9.44 147.18
POL 52.23 21.01|PRK 39.04 125.76|PRT 38.72 -9.14|PRY -25.26 -57.58|QAT 25.29 51.53|ROU 44.43 26.10
RUS 55.75 37.62|RWA -1.94 30.06|SAU 24.71 46.68|SDN 15.50 32.56|SEN 14.72 -17.47|SLB -9.43 159.96
SLE 8.48 -13.23|SLV 13.69 -89.22|SOM 2.05 45.32|SRB 44.79 20.45|SSD 4.85 31.58|SUR 5.85 -55.20
SVK 48.15 17.11|SVN 46.06 14.51|SWE 59.33 18.07|SWZ -26.31 31.14|SYR 33.51 36.28|TCD 12.13 15.06
TGO 6.13 1.22|THA 13.76 100.50|TJK 38.56 68.79|TKM 37.96 58.33|TLS -8.56 125.56|TTO 10.65 -61.51
TUN 36.81 10.18|TUR 39.93 32.86|TZA -6.16 35.75|UGA 0.35 32.58|UKR 50.45 30.52|URY -34.90 -56.16
USA 38.90 -77.04|UZB 41.30 69.24|VEN 10.48 -66.90|VNM 21.03 105.85|VUT -17.73 168.32|YEM 15.37 44.19
ZAF -25.75 28.19|ZMB -15.39 28.32|ZWE -17.83 31.05`
  .trim()
  .split(/[|\n]/)
  .map((entry) => {
    const [iso3, lat, lon] = entry.trim().split(' ');
    return { iso3: /** @type {string} */ (iso3), lat: Number(lat), lon: Number(lon) };
  });

/** Real organizations with their headquarters. */
export const ORGANIZATIONS = [
  ['UN', 'Nations unies', 'United Nations', 40.75, -73.97],
  ['AU', 'Union africaine', 'African Union', 9.03, 38.76],
  ['ECOWAS', 'Communauté économique des États de l\u2019Afrique de l\u2019Ouest', 'Economic Community of West African States', 9.06, 7.49],
  ['EU', 'Union européenne', 'European Union', 50.84, 4.38],
  ['NATO', 'Organisation du traité de l\u2019Atlantique Nord', 'North Atlantic Treaty Organization', 50.88, 4.42],
  ['WB', 'Banque mondiale', 'World Bank', 38.9, -77.04],
  ['IMF', 'Fonds monétaire international', 'International Monetary Fund', 38.9, -77.04],
  ['AfDB', 'Banque africaine de développement', 'African Development Bank', 5.32, -4.02],
  ['WHO', 'Organisation mondiale de la santé', 'World Health Organization', 46.23, 6.13],
  [
    'FAO',
    'Organisation des Nations unies pour l\u2019alimentation et l\u2019agriculture',
    'Food and Agriculture Organization',
    41.88,
    12.49,
  ],
  ['UNESCO', 'UNESCO', 'UNESCO', 48.85, 2.31],
  ['WFP', 'Programme alimentaire mondial', 'World Food Programme', 41.83, 12.46],
  ['UNHCR', 'Haut-Commissariat des Nations unies pour les réfugiés', 'UN Refugee Agency', 46.22, 6.14],
  ['ICRC', 'Comité international de la Croix-Rouge', 'International Committee of the Red Cross', 46.23, 6.14],
  ['OPEC', 'Organisation des pays exportateurs de pétrole', 'Organization of the Petroleum Exporting Countries', 48.21, 16.37],
  ['ASEAN', 'Association des nations de l\u2019Asie du Sud-Est', 'Association of Southeast Asian Nations', -6.24, 106.8],
  ['AES', 'Alliance des États du Sahel', 'Alliance of Sahel States', 12.64, -8.0],
  ['WAEMU', 'Union économique et monétaire ouest-africaine', 'West African Economic and Monetary Union', 12.37, -1.52],
  ['OIF', 'Organisation internationale de la Francophonie', 'International Organisation of La Francophonie', 48.85, 2.31],
  ['IsDB', 'Banque islamique de développement', 'Islamic Development Bank', 21.54, 39.17],
  ['OIC', 'Organisation de la coopération islamique', 'Organisation of Islamic Cooperation', 21.49, 39.19],
  ['BRICS-NDB', 'Nouvelle banque de développement', 'New Development Bank', 31.23, 121.47],
  ['WTO', 'Organisation mondiale du commerce', 'World Trade Organization', 46.22, 6.15],
  ['IAEA', 'Agence internationale de l\u2019énergie atomique', 'International Atomic Energy Agency', 48.23, 16.42],
  ['UNICEF', 'UNICEF', 'UNICEF', 40.75, -73.97],
  ['ILO', 'Organisation internationale du travail', 'International Labour Organization', 46.23, 6.14],
  ['IOM', 'Organisation internationale pour les migrations', 'International Organization for Migration', 46.22, 6.14],
  ['SCO', 'Organisation de coopération de Shanghai', 'Shanghai Cooperation Organisation', 39.91, 116.42],
  [
    'CILSS',
    'Comité inter-États de lutte contre la sécheresse au Sahel',
    'Permanent Interstate Committee for Drought Control in the Sahel',
    12.37,
    -1.52,
  ],
  ['ECCAS', 'Communauté économique des États de l\u2019Afrique centrale', 'Economic Community of Central African States', 0.42, 9.47],
].map(([id, fr, en, lat, lon]) => ({ id: String(id), fr: String(fr), en: String(en), lat: Number(lat), lon: Number(lon) }));

/** The shipped sectors first, then others a larger dataset may define. */
export const SECTORS = [
  ['security', 'Sécurité', 'Security'],
  ['energy', 'Énergie', 'Energy'],
  ['transport', 'Transport', 'Transport'],
  ['agriculture', 'Agriculture', 'Agriculture'],
  ['education', 'Éducation', 'Education'],
  ['health', 'Santé', 'Health'],
  ['water', 'Eau', 'Water'],
  ['mining', 'Mines', 'Mining'],
  ['trade', 'Commerce', 'Trade'],
  ['finance', 'Finances', 'Finance'],
  ['digital', 'Numérique', 'Digital'],
  ['culture', 'Culture', 'Culture'],
  ['research', 'Recherche', 'Research'],
  ['fisheries', 'Pêche', 'Fisheries'],
  ['space', 'Espace', 'Space'],
  ['environment', 'Environnement', 'Environment'],
  ['tourism', 'Tourisme', 'Tourism'],
  ['justice', 'Justice', 'Justice'],
  ['humanitarian', 'Aide humanitaire', 'Humanitarian aid'],
  ['defence-industry', 'Industrie de défense', 'Defence industry'],
  ['telecoms', 'Télécommunications', 'Telecommunications'],
  ['housing', 'Logement', 'Housing'],
  ['sport', 'Sport', 'Sport'],
  ['customs', 'Douanes', 'Customs'],
  ['migration', 'Migrations', 'Migration'],
  ['industry', 'Industrie', 'Industry'],
  ['media', 'Médias', 'Media'],
  ['governance', 'Gouvernance', 'Governance'],
  ['climate', 'Climat', 'Climate'],
  ['infrastructure', 'Infrastructures', 'Infrastructure'],
].map(([id, fr, en]) => ({ id: String(id), name: { fr: String(fr), en: String(en) } }));
