import { z } from 'zod';
import { integer, oneOf, onetSocCode, optionalOneOf, share, text } from '../fields';
import type { AnyFileSpec, ColumnType, FileSpec } from '../types';
import { ONET_CODE_COLUMN } from '../../db/onet-release';

/** Eloundou et al. "GPTs are GPTs" labels: E0 no exposure, E1 direct, E2 with complementary tools. */
const FOLDER = 'ai_exposure/eloundou_gpts_are_gpts';
const SOURCE = 'eloundou';
const CODE = ONET_CODE_COLUMN;
const EXPOSURE = ['E0', 'E1', 'E2'] as const;
const AUTOMATION = ['T0', 'T1', 'T2', 'T3', 'T4'] as const;

const cols = (...defs: [string, ColumnType][]) => defs.map(([name, type]) => ({ name, type }));

const taskRow = z.object({
  [CODE]: onetSocCode,
  'Task ID': integer,
  Task: text,
  'Task Type': optionalOneOf(['Core', 'Supplemental']),
  human_exposure_agg: oneOf(EXPOSURE),
  gpt4_exposure: oneOf(EXPOSURE),
  gpt4_exposure_alt_rubric: optionalOneOf(EXPOSURE),
  gpt4_automation: optionalOneOf(AUTOMATION),
  beta: share,
});

/** full_labelset.tsv → task_label (pandas-written TSV: quoted cells, "8823.0" task ids). */
const taskLabels = {
  source: SOURCE,
  file: `${FOLDER}/full_labelset.tsv`,
  requiredColumns: [
    CODE,
    'Task ID',
    'Task',
    'Task Type',
    'human_exposure_agg',
    'gpt4_exposure',
    'gpt4_exposure_alt_rubric',
    'gpt4_automation',
    'beta',
  ],
  row: taskRow,
  key: (r) => [r[CODE], r['Task ID']].join('|'),
  target: {
    table: 'task_label',
    columns: cols(
      ['code', 'text'],
      ['task_id', 'int'],
      ['task_text', 'text'],
      ['task_type', 'text'],
      ['human_exposure', 'text'],
      ['gpt4_exposure', 'text'],
      ['gpt4_exposure_alt', 'text'],
      ['gpt4_automation', 'text'],
      ['beta', 'float'],
    ),
  },
  scope: {},
  toRow: (r) => ({
    code: r[CODE],
    task_id: r['Task ID'],
    task_text: r.Task,
    task_type: r['Task Type'],
    human_exposure: r.human_exposure_agg,
    gpt4_exposure: r.gpt4_exposure,
    gpt4_exposure_alt: r.gpt4_exposure_alt_rubric,
    gpt4_automation: r.gpt4_automation,
    beta: r.beta,
  }),
} satisfies FileSpec<z.output<typeof taskRow>>;

const automationRow = z.object({
  [CODE]: onetSocCode,
  'Task ID': integer,
  human_automation: optionalOneOf(AUTOMATION),
});

/** automation_gpt4_human_labels.tsv: adds human_automation to the task_label rows loaded above. */
const humanAutomation = {
  source: SOURCE,
  file: `${FOLDER}/automation_gpt4_human_labels.tsv`,
  optional: true,
  requiredColumns: [CODE, 'Task ID', 'human_automation'],
  row: automationRow,
  key: (r) => [r[CODE], r['Task ID']].join('|'),
  target: {
    table: 'task_label',
    mode: 'update',
    keyColumns: ['code', 'task_id'],
    columns: cols(['code', 'text'], ['task_id', 'int'], ['human_automation', 'text']),
  },
  scope: {},
  toRow: (r) => ({
    code: r[CODE],
    task_id: r['Task ID'],
    human_automation: r.human_automation,
  }),
} satisfies FileSpec<z.output<typeof automationRow>>;

const occRow = z.object({
  [CODE]: onetSocCode,
  Title: text,
  dv_rating_alpha: share,
  dv_rating_beta: share,
  dv_rating_gamma: share,
  human_rating_alpha: share,
  human_rating_beta: share,
  human_rating_gamma: share,
});

/** occ_level.csv → occupation_label: alpha = E1, beta = E1 + ½E2, gamma = E1 + E2 (GPT-4 "dv" and human). */
const occupationLabels = {
  source: SOURCE,
  file: `${FOLDER}/occ_level.csv`,
  requiredColumns: [
    CODE,
    'Title',
    'dv_rating_alpha',
    'dv_rating_beta',
    'dv_rating_gamma',
    'human_rating_alpha',
    'human_rating_beta',
    'human_rating_gamma',
  ],
  row: occRow,
  key: (r) => r[CODE],
  target: {
    table: 'occupation_label',
    columns: cols(
      ['code', 'text'],
      ['title', 'text'],
      ['dv_alpha', 'float'],
      ['dv_beta', 'float'],
      ['dv_gamma', 'float'],
      ['human_alpha', 'float'],
      ['human_beta', 'float'],
      ['human_gamma', 'float'],
    ),
  },
  scope: {},
  toRow: (r) => ({
    code: r[CODE],
    title: r.Title,
    dv_alpha: r.dv_rating_alpha,
    dv_beta: r.dv_rating_beta,
    dv_gamma: r.dv_rating_gamma,
    human_alpha: r.human_rating_alpha,
    human_beta: r.human_rating_beta,
    human_gamma: r.human_rating_gamma,
  }),
} satisfies FileSpec<z.output<typeof occRow>>;

/** Eloundou files in load order: the automation file updates rows the label set inserts. */
export const specs: readonly AnyFileSpec[] = [taskLabels, humanAutomation, occupationLabels];
