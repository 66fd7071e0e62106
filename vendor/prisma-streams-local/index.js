// Loaded only by `prisma dev` (@prisma/dev imports it lazily), which Taskshift does not use: say so instead of failing obscurely.
throw new Error(
  '@prisma/streams-local is replaced in Taskshift (package.json "overrides"): `prisma dev` is not supported. ' +
    'Use the embedded PGlite database (no DATABASE_URL) or PostgreSQL (DATABASE_URL).',
);
