import { z } from 'zod';
import { elementId, integer, monthYear, oneOf, onetSocCode, optionalOneOf, text } from '../fields';
import {
  CURRENT_ONET,
  CURRENT_ONET_FOLDER,
  ONET_CODE_COLUMN,
  PREVIOUS_ONET,
  PREVIOUS_ONET_FOLDER,
} from '../../db/onet-release';
import type { AnyFileSpec, ColumnType, FileSpec } from '../types';
import { onetRatingSpec } from './onet-ratings';

/** The O*NET releases Taskshift loads, and where each lives under the data directory. */
export const ONET_RELEASES = [
  { version: CURRENT_ONET, folder: CURRENT_ONET_FOLDER },
  { version: PREVIOUS_ONET, folder: PREVIOUS_ONET_FOLDER },
] as const;

export type OnetVersion = (typeof ONET_RELEASES)[number]['version'];

const cols = (...defs: [string, ColumnType][]) => defs.map(([name, type]) => ({ name, type }));
const CODE = ONET_CODE_COLUMN;

function occupationSpec(version: OnetVersion, folder: string) {
  const row = z.object({ [CODE]: onetSocCode, Title: text, Description: text });
  return {
    source: `onet-${version}`,
    file: `${folder}/Occupation Data.txt`,
    requiredColumns: [CODE, 'Title', 'Description'],
    row,
    key: (r) => r[CODE],
    target: {
      table: 'onet_occupation',
      columns: cols(
        ['onet_version', 'text'],
        ['code', 'text'],
        ['soc_code', 'text'],
        ['title', 'text'],
        ['description', 'text'],
        ['major_group', 'text'],
      ),
    },
    scope: { onet_version: version },
    toRow: (r) => ({
      onet_version: version,
      code: r[CODE],
      soc_code: r[CODE].slice(0, 7),
      title: r.Title,
      description: r.Description,
      major_group: r[CODE].slice(0, 2),
    }),
  } satisfies FileSpec<z.output<typeof row>>;
}

function taskSpec(version: OnetVersion, folder: string) {
  const row = z.object({
    [CODE]: onetSocCode,
    'Task ID': integer,
    Task: text,
    'Task Type': optionalOneOf(['Core', 'Supplemental']),
    Date: monthYear,
  });
  return {
    source: `onet-${version}`,
    file: `${folder}/Task Statements.txt`,
    requiredColumns: [CODE, 'Task ID', 'Task', 'Task Type', 'Date'],
    row,
    key: (r) => String(r['Task ID']),
    target: {
      table: 'onet_task',
      columns: cols(
        ['onet_version', 'text'],
        ['task_id', 'int'],
        ['code', 'text'],
        ['text', 'text'],
        ['task_type', 'text'],
        ['date', 'text'],
      ),
    },
    scope: { onet_version: version },
    toRow: (r) => ({
      onet_version: version,
      task_id: r['Task ID'],
      code: r[CODE],
      text: r.Task,
      task_type: r['Task Type'],
      date: r.Date,
    }),
  } satisfies FileSpec<z.output<typeof row>>;
}

function elementSpec(version: OnetVersion, folder: string) {
  const row = z.object({ 'Element ID': elementId, 'Element Name': text, Description: text });
  return {
    source: `onet-${version}`,
    file: `${folder}/Content Model Reference.txt`,
    requiredColumns: ['Element ID', 'Element Name', 'Description'],
    row,
    key: (r) => r['Element ID'],
    target: {
      table: 'onet_element',
      columns: cols(['onet_version', 'text'], ['element_id', 'text'], ['name', 'text'], ['description', 'text']),
    },
    scope: { onet_version: version },
    toRow: (r) => ({
      onet_version: version,
      element_id: r['Element ID'],
      name: r['Element Name'],
      description: r.Description,
    }),
  } satisfies FileSpec<z.output<typeof row>>;
}

function jobZoneSpec(version: OnetVersion, folder: string) {
  const row = z.object({ [CODE]: onetSocCode, 'Job Zone': oneOf(['1', '2', '3', '4', '5']), Date: monthYear });
  return {
    source: `onet-${version}`,
    file: `${folder}/Job Zones.txt`,
    optional: true,
    requiredColumns: [CODE, 'Job Zone', 'Date'],
    row,
    key: (r) => r[CODE],
    target: {
      table: 'onet_job_zone',
      columns: cols(['onet_version', 'text'], ['code', 'text'], ['job_zone', 'int'], ['date', 'text']),
    },
    scope: { onet_version: version },
    toRow: (r) => ({
      onet_version: version,
      code: r[CODE],
      job_zone: Number(r['Job Zone']),
      date: r.Date,
    }),
  } satisfies FileSpec<z.output<typeof row>>;
}

function taskDwaSpec(version: OnetVersion, folder: string) {
  const row = z.object({ [CODE]: onetSocCode, 'Task ID': integer, 'DWA ID': elementId, 'DWA Title': text });
  return {
    source: `onet-${version}`,
    file: `${folder}/Tasks to DWAs.txt`,
    optional: true,
    requiredColumns: [CODE, 'Task ID', 'DWA ID', 'DWA Title'],
    row,
    key: (r) => [r[CODE], r['Task ID'], r['DWA ID']].join('|'),
    target: {
      table: 'onet_task_dwa',
      columns: cols(
        ['onet_version', 'text'],
        ['code', 'text'],
        ['task_id', 'int'],
        ['dwa_id', 'text'],
        ['dwa_title', 'text'],
      ),
    },
    scope: { onet_version: version },
    toRow: (r) => ({
      onet_version: version,
      code: r[CODE],
      task_id: r['Task ID'],
      dwa_id: r['DWA ID'],
      dwa_title: r['DWA Title'],
    }),
  } satisfies FileSpec<z.output<typeof row>>;
}

/** Every O*NET file spec of one release: core files required, the rest optional (23.x lacks them). */
export function onetSpecs(version: OnetVersion, folder: string): AnyFileSpec[] {
  return [
    occupationSpec(version, folder),
    elementSpec(version, folder),
    taskSpec(version, folder),
    onetRatingSpec(version, folder, 'skill'),
    onetRatingSpec(version, folder, 'knowledge'),
    jobZoneSpec(version, folder),
    taskDwaSpec(version, folder),
  ];
}

/** Specs for both O*NET releases in their standard folders. */
export const specs: readonly AnyFileSpec[] = ONET_RELEASES.flatMap((r) => onetSpecs(r.version, r.folder));
