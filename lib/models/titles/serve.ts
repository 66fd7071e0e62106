import path from 'node:path';
import { selectBackend } from '../backend';
import { listTitleCoders, loadTitleCoder } from './artifact';
import type { TitleCoder } from './coder';

// On globalThis: Next bundles instrumentation.ts, the pages and the route handlers as separate module instances,
// and a module-level promise would load (and hold) one coder per instance.
const globalForCoder = globalThis as unknown as { taskshiftTitleCoders?: Map<string, Promise<TitleCoder | null>> };

/**
 * The newest title coder under models/, loaded once per process (one for all of Next's bundles) and kept (inference then costs
 * a few milliseconds per title). Resolves to null when no artifact is present or it fails to load,
 * so search falls back to lexical matching.
 */
export function servingTitleCoder(root = path.join(process.cwd(), 'models')): Promise<TitleCoder | null> {
  globalForCoder.taskshiftTitleCoders ??= new Map();
  const loaded = globalForCoder.taskshiftTitleCoders;
  const known = loaded.get(root);
  if (known) return known;
  const loading = (async () => {
    const [version] = listTitleCoders(root);
    if (!version) return null;
    try {
      await selectBackend(undefined, true);
      return await loadTitleCoder(path.join(/* turbopackIgnore: true */ root, version)); // a run-time folder: nothing for the build to trace
    } catch (error) {
      process.stderr.write(`title coder ${version} failed to load: ${String(error)}\n`);
      return null;
    }
  })();
  loaded.set(root, loading);
  return loading;
}
