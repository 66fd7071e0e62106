import { createHash } from 'node:crypto';
import type { Db } from './client';
import { CURRENT_ONET } from './onet-release';

/** One task as the models see it; label fields are absent for unlabelled tasks. */
export interface TaskExample {
  code: string;
  taskId: number;
  text: string;
  title: string;
  /** 'Core' | 'Supplemental' | null */
  taskType: string | null;
  /** Human exposure label: 0 = E0, 1 = E1, 2 = E2. */
  human?: number;
  gpt4?: number;
  /** GPT-4 automation rating 0–4 (T0–T4). */
  automation?: number;
  humanAutomation?: number;
  /** O*NET detailed work activity (DWA) ids linked to the task. */
  activities?: string[];
}

/** Occupation-level reference values from the labels file. */
export interface OccupationReference {
  code: string;
  title: string;
  humanBeta: number;
  dvBeta: number;
}

const E: Record<string, number> = { E0: 0, E1: 1, E2: 2 };
const T = (label: string | null): number | undefined =>
  label && /^T[0-4]$/.test(label) ? Number(label.slice(1)) : undefined;

interface LabelRow {
  code: string;
  taskId: number;
  text: string;
  taskType: string | null;
  human: string;
  gpt4: string;
  gpt4Automation: string | null;
  humanAutomation: string | null;
  title: string | null;
  activities: string[] | null;
}

/** Labelled tasks (task_label) with their occupation titles, and occupation-level reference β (occupation_label). */
export async function readTrainingData(
  db: Db,
): Promise<{ tasks: TaskExample[]; references: OccupationReference[]; dataVersions: Record<string, unknown> }> {
  const rows = await db.prisma.$queryRaw<LabelRow[]>`
    SELECT l.code, l.task_id AS "taskId", l.task_text AS text, l.task_type AS "taskType", l.human_exposure AS human,
           l.gpt4_exposure AS gpt4, l.gpt4_automation AS "gpt4Automation", l.human_automation AS "humanAutomation",
           COALESCE(o.title, ol.title) AS title, a.activities
    FROM task_label l
    LEFT JOIN occupation_label ol ON ol.code = l.code
    LEFT JOIN onet_occupation o ON o.code = l.code AND o.onet_version = ${CURRENT_ONET}
    LEFT JOIN (
      SELECT task_id, array_agg(DISTINCT dwa_id ORDER BY dwa_id) AS activities FROM onet_task_dwa
      WHERE onet_version = ${CURRENT_ONET} GROUP BY task_id
    ) a ON a.task_id = l.task_id
    ORDER BY l.code, l.task_id`;
  const tasks: TaskExample[] = rows.map((r) => ({
    code: r.code,
    taskId: r.taskId,
    text: r.text,
    title: r.title ?? '',
    taskType: r.taskType,
    human: E[r.human],
    gpt4: E[r.gpt4],
    automation: T(r.gpt4Automation),
    humanAutomation: T(r.humanAutomation),
    activities: r.activities ?? [],
  }));
  const references = await db.prisma.$queryRaw<OccupationReference[]>`
    SELECT code, title, human_beta AS "humanBeta", dv_beta AS "dvBeta" FROM occupation_label ORDER BY code`;
  const hash = createHash('sha256');
  for (const r of rows)
    hash.update(`${r.code}|${r.taskId}|${r.text}|${r.human}|${r.gpt4Automation ?? ''}|${r.title ?? ''}\n`);
  // Task ↔ activity links are an input too: hashed apart so the labels hash stays comparable.
  const links = createHash('sha256');
  for (const r of rows) links.update(`${r.taskId}:${(r.activities ?? []).join(',')}\n`);
  const dataVersions = {
    labels: hash.digest('hex').slice(0, 16),
    activityLinks: links.digest('hex').slice(0, 16),
    labelledTasks: rows.length,
    occupations: references.length,
    onetVersion: CURRENT_ONET,
  };
  return { tasks, references, dataVersions };
}

/** An occupation to score, with the description used when it has no task statements. */
export interface ScoringOccupation {
  code: string;
  title: string;
  description: string;
}

/** Every task and occupation of the scored O*NET release, labelled or not. */
export async function readScoringData(
  db: Db,
  onetVersion = CURRENT_ONET,
): Promise<{ tasks: TaskExample[]; occupations: ScoringOccupation[]; activityTitles: Map<string, string> }> {
  const tasks = await db.prisma.$queryRaw<TaskExample[]>`
    SELECT t.code, t.task_id AS "taskId", t.text, o.title, t.task_type AS "taskType", COALESCE(a.activities, '{}') AS activities
    FROM onet_task t JOIN onet_occupation o ON o.onet_version = t.onet_version AND o.code = t.code
    LEFT JOIN (
      SELECT code, task_id, array_agg(DISTINCT dwa_id ORDER BY dwa_id) AS activities FROM onet_task_dwa
      WHERE onet_version = ${onetVersion} GROUP BY code, task_id
    ) a ON a.code = t.code AND a.task_id = t.task_id
    WHERE t.onet_version = ${onetVersion} ORDER BY t.code, t.task_id`;
  const occupations = await db.prisma.$queryRaw<ScoringOccupation[]>`
    SELECT code, title, description FROM onet_occupation WHERE onet_version = ${onetVersion} ORDER BY code`;
  const titles = await db.prisma.$queryRaw<{ id: string; title: string }[]>`
    SELECT DISTINCT dwa_id AS id, dwa_title AS title FROM onet_task_dwa WHERE onet_version = ${onetVersion}`;
  return { tasks, occupations, activityTitles: new Map(titles.map((t) => [t.id, t.title])) };
}

/** A published exposure index value carried over to one O*NET 30.1 occupation, for the informational correlations. */
export interface IndexValue {
  indexName: string;
  code: string;
  value: number;
}
