/**
 * Layer rules (README "Layout"), one way: lib/db (with lib/env.ts) <- lib/ingest, lib/models, lib/auth
 * <- lib/analytics, lib/views <- app/, lib/api, lib/export, cli/, scripts/, bench/.
 * Type-only imports count (the swc parser keeps them), and .tsx pages and components are read too. Run: npm run lint:layers.
 */
const TOP = '^(app|components|cli|scripts|bench|proxy\\.ts|middleware\\.ts|instrumentation\\.ts)';
const API = '^lib/(api|export)/';
// lib/db/queries holds the read side behind each page (queries combined with analytics), so it sits with the views.
const VIEWS = '^lib/(analytics|views|db/queries)/';
const WRITERS = '^lib/(ingest|models|auth)/';

// dependency-cruiser 17 parses every file with swc's TypeScript syntax and no JSX, so a .tsx file would not parse.
// Version 18 turns swc's `tsx` option on for .tsx/.jsx files, but needs Node 22; this does the same on Node 20.
// The config is loaded before any file is parsed, and dependency-cruiser calls @swc/core through this same module object.
const swc = require('@swc/core');
const parseFileSync = swc.parseFileSync;
swc.parseFileSync = (file, options) =>
  parseFileSync(file, /\.[jt]sx$/.test(file) ? { ...options, tsx: true } : options);

/** A rule forbidding `from` to import anything in `to` (regexes on paths from the repository root). */
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbid(
      'db-is-the-bottom',
      'lib/db (but its queries/) and lib/env.ts import no other layer',
      '^lib/(db/(?!queries/)|env\\.ts$)',
      [TOP, API, VIEWS, WRITERS, '^lib/http/'],
    ),
    forbid(
      'writers-below-views',
      'lib/ingest, lib/models and lib/auth import only lib/db and lib/env.ts (and each other)',
      WRITERS,
      [TOP, API, VIEWS],
    ),
    forbid(
      'views-below-api',
      'lib/analytics and lib/views feed app/, lib/api and lib/export, never the reverse',
      VIEWS,
      [TOP, API],
    ),
    forbid(
      'export-below-api',
      'lib/api serves CSVs through lib/export, so lib/export never imports lib/api (shared pieces live in lib/views or lib/http)',
      '^lib/export/',
      '^lib/api/',
    ),
    forbid('lib-below-app', 'nothing under lib/ imports a page, the CLI, a script or a benchmark', '^lib/', TOP),
    {
      name: 'resolvable',
      comment: 'an import that resolves to nothing is a broken file or a misconfigured cruise, either way not checked',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'only-lib-db-talks-to-the-database',
      comment: 'database drivers and the generated Prisma client are imported only under lib/db',
      severity: 'error',
      from: { pathNot: '^(lib/db/|tests/)' },
      to: {
        path: [
          '^lib/db/generated/',
          '^node_modules/(pg|pg-copy-streams|@prisma/client|@prisma/adapter-pg|pglite-prisma-adapter|@electric-sql/pglite)/',
        ],
      },
    },
  ],
  options: {
    parser: 'swc',
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^(\\.next|coverage|data|models)/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mjs', '.cjs', '.js'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
