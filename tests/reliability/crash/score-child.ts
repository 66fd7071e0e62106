/**
 * Child process for the scoring crash test: registers a model version, marks it scoring and writes
 * synthetic scores through lib/db/scores.ts (the models engineer's one-transaction writer).
 * Usage: node --import tsx tests/reliability/crash/score-child.ts <databaseUrl> <version> <tasks> <exposure>
 */
import { createDb } from '../../../lib/db/client';
import {
  beginScoring,
  registerModelVersion,
  writeScores,
  type OccupationScoreRow,
  type TaskScoreRow,
} from '../../../lib/db/scores';

const [url, version, tasksArg, exposureArg] = process.argv.slice(2);
if (!url || !version || !tasksArg || !exposureArg)
  throw new Error('usage: score-child.ts <url> <version> <tasks> <exposure>');
const exposure = Number(exposureArg);
const occupations: OccupationScoreRow[] = [];
const tasks: TaskScoreRow[] = [];
for (let i = 0; i < Number(tasksArg); i++) {
  const code = `${String(Math.floor(i / 2000) % 100).padStart(2, '0')}-${String(Math.floor(i / 20) % 100).padStart(4, '0')}.00`;
  tasks.push({
    code,
    taskId: i,
    pE0: 0.2,
    pE1: 0.3,
    pE2: 0.5,
    exposure,
    exposureLow: exposure - 0.1,
    exposureHigh: exposure + 0.1,
    automation: 0.4,
    attention: 0.05,
    topTokens: [{ token: 'data', weight: 0.3 }],
    topActivities: [{ id: '4.A.1.a.1.I01.D01', title: 'Read documents', exposure: 0.6 }],
  });
  if (i % 20 === 0)
    occupations.push({
      code,
      exposure,
      exposureLow: exposure - 0.1,
      exposureHigh: exposure + 0.1,
      automation: 0.4,
      shareExposed: 0.6,
      nTasks: 20,
    });
}
const db = createDb({ url });
await registerModelVersion(db, { version, kind: 'crash-test', params: {}, metrics: {}, dataVersions: {} });
await beginScoring(db, version);
console.log('scoring started');
await writeScores(db, version, tasks, occupations);
console.log('scores written');
await db.close();
