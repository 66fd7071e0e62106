import path from 'node:path';
import { selectBackend } from '../backend';
import { listTitleCoders, loadTitleCoder } from './artifact';
import type { TitleCoder } from './coder';

let loading: Promise<TitleCoder | null> | undefined;

/**
 * The newest title coder under models/, loaded once per process and kept (inference then costs
 * a few milliseconds per title). Resolves to null when no artifact is present or it fails to load,
 * so search falls back to lexical matching.
 */
export function servingTitleCoder(root = path.join(process.cwd(), 'models')): Promise<TitleCoder | null> {
  loading ??= (async () => {
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
  return loading;
}
