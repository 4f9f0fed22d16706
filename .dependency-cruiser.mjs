/**
 * The layers of src/, lowest first. A folder imports only from the folders before it in this list,
 * so no folder imports another that imports it back (docs/architecture.md draws the picture).
 * `npm run lint` runs this check after ESLint.
 */
const LAYERS = [
  'model',
  'text',
  'config',
  'data',
  'i18n',
  'derive',
  'geo',
  'import',
  'extract',
  'state',
  'styles',
  'export',
  'embed',
  'ui',
  'views',
  'features',
  'offline',
  'shell',
  'boot',
  'cli',
];

/** The chart views; outside views/, only their registry and their shared parts may be imported. */
const VIEWS = ['map', 'network', 'sectors', 'sources', 'table', 'timeline'];

const backEdges = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-import-up-from-${layer}`,
  comment: `src/${layer}/ is below ${LAYERS.slice(i + 1).join(', ')}: it may not import them.`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join('|')})/|^src/[^/]+\\.tsx?$` },
}));

const viewInternals = VIEWS.map((view) => ({
  name: `no-reaching-into-${view}`,
  comment: `Only views/${view}/ itself imports its files; others go through views/viewComponents or views/shared.`,
  severity: 'error',
  from: { path: '^src/', pathNot: `^src/views/(${view}/|viewComponents\\.ts$)` },
  to: { path: `^src/views/${view}/` },
}));

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No module imports itself back through others, inside a folder as across folders.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'A relative import the checker cannot resolve is one it cannot hold to the layers.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, path: '^[.]' },
    },
    ...backEdges,
    ...viewInternals,
    {
      name: 'no-dashboard-in-embeds',
      comment:
        "An embed's page (main.tsx, then shell/embed/) downloads nothing of the full dashboard: its page (App.tsx), its tools " +
        'and dialogs (features/), the offline keeper or the rest of its shell. They may be imported only dynamically there. ' +
        'The layers keep everything below features/ from importing them, so these modules are the only way in.',
      severity: 'error',
      from: { path: '^src/(main\\.tsx$|boot/|shell/embed/|shell/AppBoundary\\.tsx$|shell/(useDocumentTitle|usePageDocument)\\.ts$)' },
      to: {
        path: '^src/(App\\.tsx$|features/|offline/|shell/[^/]+$)',
        pathNot: '^src/shell/(AppBoundary\\.tsx|useDocumentTitle\\.ts|usePageDocument\\.ts)$',
        dynamic: false,
      },
    },
    {
      name: 'no-unlisted-folder',
      comment: 'Every folder of src/ has its place in the layers above.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/[^/]+/', pathNot: `^src/(${LAYERS.join('|')})/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.css'] },
    exclude: { path: '\\?(worker|url|raw)' },
  },
};
