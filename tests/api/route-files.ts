import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** One exported method of an app/api route file, and whether its handler validates input with zod. */
export interface RouteMethod {
  file: string;
  method: string;
  /** The OpenAPI path: app/api/a/[b]/route.ts is /api/a/{b}. */
  path: string;
  parsesZod: boolean;
}

// A zod parse at a boundary: schema.safeParse(…), schema.parse(…), or parseParams(schema, …) (lib/api/params.ts).
const PARSES = /\.safeParse\(|\.parse\(|\bparseParams\(/;

/** The source of `name`'s declaration in a module: from `export … name` to the next top-level export. */
function declaration(source: string, name: string): string {
  const start = source.search(new RegExp(`export (async )?(function|const) ${name}\\b`));
  if (start < 0) return '';
  const next = source.slice(start + 1).search(/\nexport /);
  return next < 0 ? source.slice(start) : source.slice(start, start + 1 + next);
}

/** Resolves an import specifier of a route file ('@/lib/…' or relative) to a .ts file, or null. */
function resolveImport(fromFile: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(fromFile), spec)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return null;
}

/**
 * Does the method's body, or a function it calls that the route file imports, parse with zod? One
 * level deep, as every route file is a thin wrapper around one handler.
 */
function parsesZod(file: string, source: string, body: string): boolean {
  if (PARSES.test(body)) return true;
  for (const [, names, spec] of source.matchAll(/import \{([^}]*)\} from '([^']+)'/g)) {
    const module = resolveImport(file, spec!);
    if (!module) continue;
    const text = readFileSync(module, 'utf8');
    for (const raw of names!.split(',')) {
      const name = raw
        .replace(/^\s*type\s+/, '')
        .split(' as ')
        .pop()!
        .trim();
      if (name && new RegExp(`\\b${name}\\(`).test(body) && PARSES.test(declaration(text, name))) return true;
    }
  }
  return false;
}

/** Every exported HTTP method of every app/api/**\/route.ts. */
export function routeMethods(): RouteMethod[] {
  const dir = path.join(ROOT, 'app/api');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f) === 'route.ts');
  return files.flatMap((relative) => {
    const file = path.join(dir, relative);
    const source = readFileSync(file, 'utf8');
    const route = `/api/${path.dirname(relative).split(path.sep).join('/')}`.replace(/\[([^\]]+)\]/g, '{$1}');
    return [...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => {
      const body = declaration(source, m[1]!);
      return {
        file: path.relative(ROOT, file),
        method: m[1]!.toLowerCase(),
        path: route,
        parsesZod: parsesZod(file, source, body),
      };
    });
  });
}
