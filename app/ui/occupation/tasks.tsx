import { countModes } from '@/lib/analytics/ai-mode';
import { NoData } from '../empty-state';
import { TablePanel } from '../table-panel';
import { DataTable } from '../data-table';
import { TASK_COLUMNS, taskRowsHtml } from './table-rows';
import { tasksView } from '@/lib/views/occupation';
import { csvHref, drawView } from '../view-rows';

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
