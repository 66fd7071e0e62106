import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { Registry, RegistryFile } from '../registry';
import { downloadVerified } from './download';
import { NetworkError } from './network-error';

export type FetchStatus = 'downloaded' | 'cached' | 'manual' | 'failed';

export interface FetchResult {
  source: string;
  path: string;
  status: FetchStatus;
  bytes: number;
  /** Why it failed, or (manual) why it cannot be downloaded and where the official release is. */
  message?: string;
}

export interface FetchOptions {
  /** Folder the files land in, laid out by registry path (data/raw). */
  destDir: string;
  /** Only these sources; all when absent. */
  sources?: readonly string[];
  /** Serve every download from here instead (tests: a local server), at <baseUrl>/<path>. */
  baseUrl?: string;
  timeoutMs?: number;
  onFileStart?: (file: RegistryFile, url: URL) => void;
  onProgress?: (file: RegistryFile, received: number, total: number | undefined) => void;
  onFileDone?: (result: FetchResult) => void;
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The URL a file is fetched from: its registry download URL, or the same path under baseUrl. */
export function downloadUrl(file: RegistryFile, baseUrl?: string): URL | undefined {
  if (!file.download) return undefined;
  if (!baseUrl) return new URL(file.download);
  const encoded = file.path.split('/').map(encodeURIComponent).join('/');
  return new URL(encoded, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
}

/**
 * Downloads every registry file that has a download URL into destDir, verifying sha256; files
 * already there with the right checksum are kept. Files without a download URL are reported as
 * manual, saying why (noDownload) and naming the official release and member. Once a host proves unreachable offline, its remaining files fail
 * without new attempts. Never leaves partial files.
 */
export async function fetchAll(registry: Registry, options: FetchOptions): Promise<FetchResult[]> {
  const wanted = options.sources && new Set(options.sources);
  const unknown = [...(wanted ?? [])].filter((name) => !registry.sources.some((s) => s.name === name));
  if (unknown.length) throw new Error(`Unknown source(s): ${unknown.join(', ')}`);
  const unreachable = new Map<string, string>();
  const results: FetchResult[] = [];
  for (const source of registry.sources) {
    if (wanted && !wanted.has(source.name)) continue;
    for (const file of source.files) {
      const base = { source: source.name, path: file.path, bytes: 0 };
      const dest = path.join(options.destDir, ...file.path.split('/'));
      const url = downloadUrl(file, options.baseUrl);
      let result: FetchResult;
      if (existsSync(dest) && (await sha256Of(dest)) === file.sha256) {
        result = { ...base, status: 'cached', bytes: file.bytes };
      } else if (!url) {
        const official = file.official && `official: ${file.official}${file.member ? ` (member ${file.member})` : ''}`;
        result = { ...base, status: 'manual', message: [file.noDownload, official].filter(Boolean).join(' ') };
      } else if (unreachable.has(url.host)) {
        result = { ...base, status: 'failed', message: unreachable.get(url.host) };
      } else {
        options.onFileStart?.(file, url);
        try {
          const bytes = await downloadVerified(url, dest, file.sha256, {
            timeoutMs: options.timeoutMs,
            onProgress: (received, total) => options.onProgress?.(file, received, total),
          });
          result = { ...base, status: 'downloaded', bytes };
        } catch (err) {
          if (err instanceof NetworkError && err.offline) unreachable.set(url.host, err.message);
          result = { ...base, status: 'failed', message: (err as Error).message };
        }
      }
      results.push(result);
      options.onFileDone?.(result);
    }
  }
  return results;
}

/** One line: counts per status and bytes downloaded. */
export function fetchSummary(results: readonly FetchResult[]): string {
  const count = (s: FetchStatus) => results.filter((r) => r.status === s).length;
  const mb = results.filter((r) => r.status === 'downloaded').reduce((sum, r) => sum + r.bytes, 0) / 1e6;
  return `data:fetch: ${count('downloaded')} downloaded (${mb.toFixed(1)} MB), ${count('cached')} already present, ${count('manual')} need manual conversion, ${count('failed')} failed`;
}
