import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from './tf';
import { env } from '../env';

export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

const NODE_PACKAGE = '@tensorflow/tfjs-node';
let chosen: BackendName | undefined;

/** tfjs-node is an optional dependency: load it only where it installed. */
async function tryNode(): Promise<boolean> {
  try {
    await import(/* @vite-ignore */ /* turbopackOptional: true */ NODE_PACKAGE); // optional: the build must not require it
    return await tf.setBackend('tensorflow');
  } catch {
    return false;
  }
}

/** The wasm backend, with its .wasm files read from node_modules (Node has no URL to fetch them from). */
async function tryWasm(): Promise<boolean> {
  try {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    const require = createRequire(import.meta.url);
    // Found through package.json, not the .wasm file itself: a bundler would try to load a resolved .wasm as a module.
    const dist = path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist');
    wasm.setWasmPaths(`${dist}${path.sep}`);
    wasm.setThreadsCount?.(1);
    return await tf.setBackend('wasm');
  } catch {
    return false;
  }
}

/**
 * Picks the fastest available backend: tfjs-node, then wasm, then the pure-JS cpu backend.
 * TF_BACKEND (node | wasm | cpu) or `prefer` forces one. Prints the choice to stderr once.
 */
export async function selectBackend(
  prefer: 'node' | 'wasm' | 'cpu' | undefined = env.TF_BACKEND,
  quiet = false,
): Promise<BackendName> {
  if (chosen && (!prefer || backendMatches(prefer, chosen))) return chosen;
  const order: ('node' | 'wasm' | 'cpu')[] = prefer ? [prefer, 'wasm', 'cpu'] : ['node', 'wasm', 'cpu'];
  for (const name of order) {
    const ok = name === 'node' ? await tryNode() : name === 'wasm' ? await tryWasm() : await tf.setBackend('cpu');
    if (ok) {
      await tf.ready();
      chosen = tf.getBackend() as BackendName;
      break;
    }
  }
  if (!chosen) throw new Error('No TensorFlow.js backend could be initialised');
  if (!quiet) process.stderr.write(`tfjs backend: ${chosen}\n`);
  return chosen;
}

function backendMatches(prefer: 'node' | 'wasm' | 'cpu', name: BackendName): boolean {
  return (prefer === 'node' ? 'tensorflow' : prefer) === name;
}
