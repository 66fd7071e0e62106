import type { Upload } from '../db/uploads';
import { CUSTOM_INDEX_DIR, customIndexSpec, INDEX_NAME_RE } from './sources/custom-index';
import { registeredSpecs } from './sources/index';
import type { AnyFileSpec } from './types';
import type { UploadTarget } from './upload-stage';

/** One known file an admin may upload a replacement for. */
export interface UploadChoice {
  /** `source::file`, the value the upload form sends. */
  id: string;
  source: string;
  file: string;
  table: string;
  requiredColumns: readonly string[];
}

const choiceId = (spec: AnyFileSpec) => `${spec.source}::${spec.file}`;

/** Every registered FileSpec, as choices for the upload form. */
export function uploadChoices(specs: readonly AnyFileSpec[] = registeredSpecs): UploadChoice[] {
  return specs.map((s) => ({
    id: choiceId(s),
    source: s.source,
    file: s.file,
    table: s.target.table,
    requiredColumns: s.requiredColumns,
  }));
}

/** Resolves the target of an upload form: a registered file by id, or a custom index by name. */
export function resolveUploadTarget(
  input: { kind: 'source'; target: string } | { kind: 'custom-index'; indexName: string },
  specs: readonly AnyFileSpec[] = registeredSpecs,
): UploadTarget | undefined {
  if (input.kind === 'custom-index') {
    // A custom index may not take a published index's name: confirming would replace its rows.
    if (!INDEX_NAME_RE.test(input.indexName) || specs.some((s) => s.scope.index_name === input.indexName))
      return undefined;
    return {
      kind: 'custom-index',
      indexName: input.indexName,
      spec: customIndexSpec(`${CUSTOM_INDEX_DIR}/${input.indexName}.csv`),
    };
  }
  const spec = specs.find((s) => choiceId(s) === input.target);
  return spec ? { kind: 'source', spec } : undefined;
}

/** The FileSpec a recorded upload loads with (looked up again at confirm time). */
export function specForUpload(
  upload: Pick<Upload, 'kind' | 'source' | 'specFile'>,
  specs: readonly AnyFileSpec[] = registeredSpecs,
): AnyFileSpec | undefined {
  if (upload.kind === 'custom-index') {
    return INDEX_NAME_RE.test(upload.specFile)
      ? customIndexSpec(`${CUSTOM_INDEX_DIR}/${upload.specFile}.csv`)
      : undefined;
  }
  return specs.find((s) => s.source === upload.source && s.file === upload.specFile);
}
