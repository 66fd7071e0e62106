import { countModes } from '@/lib/analytics/ai-mode';
import { NoData } from '../empty-state';
import { TablePanel } from '../table-panel';
import { type ColumnHead, DataTable } from '../data-table';
import { taskRowsHtml } from './table-rows';
import { tasksView } from '@/lib/views/occupation';
import { csvHref, drawView } from '../view-rows';

/** Headers over the server-built rows of taskRowsHtml, in its cell order. */
const TASK_COLUMNS: readonly ColumnHead[] = [
  { key: 'task', label: 'Task' },
  { key: 'type', label: 'Type', narrow: true },
  { key: 'exposure', label: 'Exposure', numeric: true },
  { key: 'attention', label: 'Attention', numeric: true },
  { key: 'mode', label: 'AI mode', narrow: true },
  { key: 'human', label: 'Human label', narrow: true },
];

/** Every task with its exposure, attention weight, highlighted words, type and human label. */
export async function TaskTable({ code }: { code: string }) {
  const view = await drawView(tasksView, { code });
  const tasks = view.rows;
  if (tasks.length === 0) return <NoData what="task statements" />;
  const scored = tasks.filter((t) => t.exposure !== null).length;
  const modes = countModes(tasks);
  return (
    <TablePanel
      title={<>Tasks ({tasks.length})</>}
      headingId="tasks-h"
      csv={csvHref(view)}
      summary={
        scored > 0
          ? `${scored} of ${tasks.length} tasks scored; of the ${modes.automation + modes.augmentation} the model predicts exposed, ${modes.automation} lean to automation (AI does the task: expected level above T2) and ${modes.augmentation} to augmentation (people work with AI). Sorted by attention weight (each task's share of the occupation's score); the three words that weighed most in each task's score are highlighted, and under each task are the O*NET work activities behind its score with the exposure the model learned for each from other occupations' labelled tasks.`
          : 'Tasks are listed in O*NET order; no model scores yet.'
      }
    >
      <DataTable label="Tasks" testId="task-table" columns={TASK_COLUMNS} bodyHtml={taskRowsHtml(tasks)} />
    </TablePanel>
  );
}
