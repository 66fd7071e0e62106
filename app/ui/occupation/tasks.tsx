import { countModes } from '@/lib/analytics/ai-mode';
import { NoData } from '../empty-state';
import { CsvLinks } from '../csv-links';
import { TableScroll } from '../table-scroll';
import { taskRowsHtml } from './table-rows';
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
    <section className="panel" aria-labelledby="tasks-h">
      <figcaption>
        <h2 id="tasks-h">Tasks ({tasks.length})</h2>
        <CsvLinks href={csvHref(view)} />
      </figcaption>
      <p className="summary">
        {scored > 0
          ? `${scored} of ${tasks.length} tasks scored; of the ${modes.automation + modes.augmentation} the model predicts exposed, ${modes.automation} lean to automation (AI does the task: expected level above T2) and ${modes.augmentation} to augmentation (people work with AI). Sorted by attention weight (each task's share of the occupation's score); the three words that weighed most in each task's score are highlighted, and under each task are the O*NET work activities behind its score with the exposure the model learned for each from other occupations' labelled tasks.`
          : 'Tasks are listed in O*NET order; no model scores yet.'}
      </p>
      <TableScroll label="Tasks">
        <table data-testid="task-table">
          <thead>
            <tr>
              <th>Task</th>
              <th className="hide-narrow">Type</th>
              <th className="num">Exposure</th>
              <th className="num">Attention</th>
              <th className="hide-narrow">AI mode</th>
              <th className="hide-narrow">Human label</th>
            </tr>
          </thead>
          {/* Server-built rows: one string instead of ~15 elements per task (see app/ui/html.ts). */}
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: taskRowsHtml escapes every value (SafeHtml, app/ui/html.ts) */}
          <tbody dangerouslySetInnerHTML={{ __html: taskRowsHtml(tasks).value }} />
        </table>
      </TableScroll>
    </section>
  );
}
