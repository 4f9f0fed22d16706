import type { TextField } from '../data/problem';
import { listNumbers, megabytes, wholeMegabytes, type IssueWording } from './issueWording';
import { plural } from './plural';

const TEXTS: Record<TextField, string> = {
  frText: 'le texte français',
  enText: 'le texte anglais',
  quote: 'une citation',
  translation: 'la traduction anglaise',
  sourceTitle: 'le titre d’une source',
  publisher: 'l’éditeur d’une source',
};

const TYPES: Record<string, string> = {
  object: 'un objet',
  array: 'une liste',
  string: 'du texte',
  number: 'un nombre',
  boolean: 'true ou false',
  null: 'null',
};
const typeName = (type: string) => TYPES[type] ?? type;
/** Values of the format (JSON) keep the straight quotes they are written with. */
const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');
/** A value from the file, quoted as French quotes. */
const q = (value: string | number) => `«\u00a0${value}\u00a0»`;

const CELL_NEEDS = {
  actor: 'de l’acteur dont c’est le partenariat (un nom ou un code de pays)',
  partner: 'd’un partenaire (un nom ou un code de pays, ou une organisation)',
  sector: 'd’un secteur, comme sécurité ou énergie',
  status: 'd’un statut\u00a0: actif, en cours de mise en place, en discussion, potentiel ou terminé',
  quote: 'd’une citation copiée mot pour mot de sa source',
} as const;

/** Where problems are and what they are, in French. */
export const issuesFr: IssueWording = {
  root: '(jeu de données)',
  textPosition: (line, column) => `ligne ${line}, colonne ${column}`,
  rows: (rows) => `${plural('fr', rows.length, 'ligne', 'lignes')} ${listNumbers(rows, 'et')}`,
  sheetColumn: ({ letter, header }) => (header ? `colonne ${letter} (${header})` : `colonne ${letter}`),
  problems: {
    unreachable: () => 'le fichier est injoignable (le serveur n’a pas répondu)',
    unreachableOrRefused: () => 'le fichier est injoignable (le serveur n’a pas répondu, ou n’autorise pas ce site à le lire)',
    httpStatus: (p) => `le serveur a répondu HTTP ${p.status}\u00a0; vérifiez que le fichier existe`,
    readIncomplete: () => 'le fichier n’a pas pu être lu en entier',
    fileTooLarge: (p) =>
      `le fichier dépasse ${wholeMegabytes(p.limitBytes)}\u00a0Mo, le maximum que lit ce tableau de bord\u00a0; découpez-le ou retirez-en ce qui ne sert pas`,
    fileTooHeavy: (p) =>
      `le fichier pèse ${megabytes(p.bytes, ',')}\u00a0Mo\u00a0; ${megabytes(p.limitBytes, ',')}\u00a0Mo au plus peuvent être chargés, découpez-le ou retirez-en les colonnes qui ne servent pas`,
    fileEmpty: () => 'le fichier est vide',
    fileUnreadable: () => 'le fichier n’a pas pu être lu\u00a0; vérifiez qu’il est toujours là et réessayez',
    nothingPasted: () => 'rien n’a été collé\u00a0; collez les lignes d’un CSV ou le texte d’un jeu de données JSON',
    utf16WithoutBom: () =>
      `le fichier semble être en UTF-16 sans marque d’ordre des octets\u00a0; enregistrez-le de nouveau en ${q('CSV UTF-8')} (ou en JSON UTF-8)`,
    notInEncoding: (p) => `le fichier n’est pas en ${p.encoding} valide\u00a0; enregistrez-le de nouveau en ${q('CSV UTF-8')}`,
    notUtf8: () =>
      'le fichier n’est pas en UTF-8 (il semble être en Windows-1252 ou Latin-1, qu’écrivent les anciennes versions d’Excel)\u00a0; ' +
      `dans Excel, choisissez ${q('Enregistrer sous > CSV UTF-8')}, dans LibreOffice cochez ${q('Éditer les paramètres du filtre')} et choisissez UTF-8, puis chargez-le de nouveau`,
    notJson: (p) =>
      `le fichier n’est pas un JSON valide${p.found !== undefined ? ` (caractère inattendu\u00a0: ${JSON.stringify(p.found)})` : p.ended ? ' (il s’arrête avant la fin du JSON)' : ''}`,
    jsonTooDeep: (p) =>
      `le fichier imbrique plus de ${p.limit} niveaux\u00a0; le format en demande six au plus, ce n’est donc pas un jeu de données`,
    textTooLong: (p) => `ce texte fait ${p.length} caractères\u00a0; ${p.limit} au plus sont lus, raccourcissez-le`,
    sourceTextFailed: (p, { describe }) => `impossible de charger ${q(p.file)}\u00a0: ${describe(p.cause)}`,
    savedUnreadable: () => 'le jeu de données gardé dans ce navigateur est illisible\u00a0; chargez de nouveau votre fichier',
    sourceTextNotKept: (p) =>
      `le texte ${q(p.file)} n’a pas été gardé avec ces données dans le navigateur, leurs citations ne peuvent donc pas être vérifiées\u00a0; chargez de nouveau votre fichier`,
    codeUnavailable: () =>
      'une partie du code de la page n’a pas pu être téléchargée (la connexion est peut-être coupée)\u00a0; réessayez une fois le réseau revenu',
    linkNotHttp: () => 'le lien ?data= doit être l’adresse http:// ou https:// d’un jeu de données',
    cancelled: () => 'le chargement a été annulé',
    serverSilent: (p) => `${p.host} n’a rien envoyé pendant ${p.seconds}\u00a0s, le chargement a donc été arrêté`,
    storageSilent: (p) =>
      `le stockage de ce navigateur n’a pas répondu en ${p.seconds}\u00a0s, les données qui y sont gardées n’ont donc pas pu être lues`,

    required: () => 'ce champ est obligatoire',
    unexpectedFields: (p) => `${plural('fr', p.keys.length, 'champ inattendu', 'champs inattendus')} ${quoted(p.keys)}`,
    wrongType: (p) => `il faut ici ${typeName(p.expected)}, pas ${typeName(p.received)}`,
    invalid: () => 'cette valeur n’est pas valable ici',
    notText: (p) => `${TEXTS[p.what]} doit être du texte`,
    emptyText: (p) => `${TEXTS[p.what]} ne doit pas être vide`,
    controlCharacter: (p) =>
      `ce texte contient un caractère invisible, ${p.codePoint} (${p.kind === 'direction' ? 'une commande de sens d’écriture' : 'un caractère de contrôle'}), en position ${p.position}\u00a0; ${p.kind === 'direction' ? 'il peut faire lire le texte dans un autre ordre que celui où il est écrit' : 'il ne s’affiche pas et casse les exports'}, supprimez-le`,
    idNotText: () => 'un identifiant doit être du texte',
    idFormat: () => 'un identifiant commence par une lettre et ne contient que des lettres, des chiffres, "-" et "_" (64 au plus)',
    dateNotText: () => 'une date doit être du texte',
    dateFormat: () => 'une date s’écrit AAAA-MM-JJ',
    dateDoesNotExist: () => 'cette date n’existe pas',
    linkNotText: () => 'un lien doit être du texte',
    linkFormat: () => 'un lien doit être une adresse complète en http:// ou https://',
    languageFormat: () => 'une langue est un code de deux ou trois lettres, comme "fr"',
    sourceTextPath: () =>
      'le texte d’une source est le chemin relatif d’un fichier .txt du dossier des données, comme "sources/article.txt"',
    iso3Format: () => 'iso3 s’écrit en trois lettres majuscules, comme "MLI"',
    coordinateNotNumber: (p) => `${p.axis} doit être un nombre`,
    coordinateOutOfRange: (p) => `${p.axis} doit être compris entre -${p.max} et ${p.max}`,
    unknownChoice: (p) =>
      `${{ kind: 'type d’acteur inconnu', status: 'statut inconnu', trend: 'tendance inconnue', view: 'vue inconnue' }[p.field]} ${q(p.value)}\u00a0; utilisez l’une de ces valeurs\u00a0: ${quoted(p.allowed)}`,
    actorsPair: () => 'actors est une paire d’identifiants d’acteurs, comme ["MLI", "RUS"]',
    unknownEvent: (p) => `aucun événement n’a l’identifiant « ${p.id} »`,
    claimWithoutGround: () => 'une affirmation a besoin d’une citation de sa source (quote) ou d’un événement qu’elle rapporte (event)',
    claimEventElsewhere: (p) => `l’événement « ${p.event} » n’est pas cité par la source « ${p.source} » de cette affirmation`,
    translationWithoutQuote: () => 'une traduction (translation) n’a de sens qu’avec la citation (quote) qu’elle traduit',
    needsEvidence: (p) =>
      ({
        partnership: 'chaque partenariat a besoin d’au moins une citation qui l’atteste',
        event: 'chaque événement a besoin d’au moins une source',
        storyStep: 'chaque étape du récit a besoin d’au moins une source',
      })[p.record],
    needsOne: (p) =>
      `un jeu de données a besoin d’au moins ${{ sources: 'une source', actors: 'un acteur', sectors: 'un secteur' }[p.collection]}`,
    stepStateFormat: () => 'l’état d’une étape s’écrit comme la fin d’un lien, par exemple "?status=ended&select=FRA"',
    schemaVersion: () => 'schemaVersion doit valoir 2, la version actuelle, ou 1, que cette application lit et convertit',

    duplicateId: (p) => `l’identifiant ${q(p.id)} est employé deux fois dans ${p.collection}`,
    unknownFocus: (p) => `acteur inconnu ${q(p.id)}\u00a0; focus doit être l’un des acteurs`,
    unknownActor: (p) => `acteur inconnu ${q(p.id)}`,
    unknownSource: (p) => `source inconnue ${q(p.id)}`,
    unknownSector: (p) => `secteur inconnu ${q(p.id)}`,
    quoteNotInSource: (p) =>
      `cette citation ne se trouve pas mot pour mot dans la source ${q(p.source)}\u00a0; copiez-la exactement depuis le texte`,
    memberOfItself: () => 'un acteur ne peut pas être membre de lui-même',
    iso3NotId: (p) =>
      `l’identifiant d’un pays est son code ISO alpha-3\u00a0: ${q(p.id)} est attendu ici, ou changez l’identifiant en ${q(p.iso3)}`,
    personWithoutRole: () => 'une personne a besoin d’un rôle, comme le titre d’un ministre',
    partnershipWithItself: (p) => `un partenariat réunit deux acteurs différents, pas ${q(p.id)} avec lui-même`,
    duplicatePartnership: (p) => `un second partenariat de ${q(p.a)} et ${q(p.b)} dans ${q(p.sector)}\u00a0; fusionnez les deux en un seul`,
    endBeforeStart: () => 'la date de fin précède la date de début',
    endWithoutStart: () => 'une date de fin demande une date de début',
    stepStateUnknown: (p) => `${q(`${p.key}=${p.value}`)} ne désigne rien dans ce jeu de données`,

    csvUnclosedQuote: () =>
      'une valeur entre guillemets n’est jamais refermée\u00a0; ajoutez le guillemet droit (") qui manque à la fin de la valeur',
    csvStrayQuote: () => 'un guillemet droit (") dans une valeur doit être doublé ("") et toute la valeur mise entre guillemets droits',
    csvUnreadable: (p) => `le CSV n’a pas pu être lu ici (${p.detail})`,
    csvTooManyRows: (p) =>
      `le fichier a plus de ${p.limit} lignes, le maximum que peut montrer ce tableau de bord\u00a0; découpez-le en fichiers plus petits`,
    csvNoHeader: () => 'le fichier est vide\u00a0; sa première ligne doit donner les noms des colonnes',
    csvTooManyColumns: (p) => `le fichier a ${p.count} colonnes\u00a0; ${p.limit} au plus peuvent être lues`,
    csvCellTooLong: (p) => `cette cellule contient ${p.length} caractères\u00a0; ${p.limit} au plus sont lus, raccourcissez-la`,
    csvExtraCells: (p) =>
      `cette ligne a plus de cellules que l’en-tête n’a de colonnes (${p.columns})\u00a0; mettez entre guillemets droits les valeurs qui contiennent le séparateur ${q(p.delimiter === '\t' ? 'tabulation' : p.delimiter)}`,
    csvColumnsMissing: (p) =>
      `aucune colonne reconnue pour\u00a0: ${p.fields.join(', ')}\u00a0; nommez les colonnes comme dans le modèle CSV`,
    csvUnknownValue: (p) =>
      `${q(p.value)} n’est ni un pays ni un statut connu\u00a0; corrigez-le dans le fichier, ou chargez le fichier depuis la page pour choisir quoi en faire`,
    emptyCell: (p) => `cette cellule est vide\u00a0; chaque ligne a besoin ${CELL_NEEDS[p.field]}`,
    notTrend: (p) => `${q(p.value)} n’est pas une tendance\u00a0; écrivez en renforcement, stable ou en recul, ou laissez la cellule vide`,
    coordinatePair: () => 'cette cellule est vide\u00a0; donnez à la fois la latitude et la longitude du partenaire, ou aucune des deux',
    partnerIsActor: (p) => `le partenaire est l’acteur lui-même (${q(p.value)})\u00a0; un partenariat réunit deux acteurs différents`,
    notDate: (p) => `${q(p.value)} n’est pas une date\u00a0; écrivez-la AAAA-MM-JJ (2024-02-28) ou JJ/MM/AAAA (28/02/2024)`,
    cellDateDoesNotExist: (p) => `la date ${q(p.value)} n’existe pas\u00a0; vérifiez le jour et le mois`,
    notLink: (p) => `${q(p.value)} n’est pas une adresse web\u00a0; écrivez un lien complet qui commence par http:// ou https://`,
    cellCoordinate: (p) => `la ${p.axis} doit être un nombre entre -${p.max} et ${p.max}, comme 12,65`,
    notLanguage: (p) => `${q(p.value)} n’est pas un code de langue\u00a0; écrivez un code de deux lettres comme fr ou en`,
    personInCsv: () =>
      'les personnes ne peuvent pas être chargées depuis un CSV (chacune a besoin d’un rôle et d’un pays)\u00a0; décrivez-les dans un jeu de données JSON',
    notKind: (p) => `${q(p.value)} n’est pas un type de partenaire\u00a0; écrivez pays ou organisation`,
    cellPeriodReversed: (p) =>
      `la période finit le ${p.endDate}, avant de commencer le ${p.date}\u00a0; inversez les deux dates ou corrigez-en une`,
    trendConflict: (p, { t }) =>
      `cette ligne donne la tendance ${q(t.trends[p.trend])} mais la ligne ${p.otherRow} donne ${q(t.trends[p.otherTrend])}\u00a0; donnez-leur une seule tendance`,
    noPartnership: (p) =>
      `aucun partenariat à montrer\u00a0: ${p.allLeftOut ? 'toutes les lignes ont été laissées de côté\u00a0; gardez certains des noms, statuts ou secteurs listés' : 'le fichier n’a aucune ligne sous son en-tête'}`,
  },
};
