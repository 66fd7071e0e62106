import { Skeleton } from '../skeleton';

/** Placeholder for the occupation's description paragraph. */
export function DescriptionSkeleton() {
  return <Skeleton height={72} label="Loading description…" />;
}

/** Placeholder for the Eloundou and published-index table inside the score panel. */
export function IndexTableSkeleton() {
  return <Skeleton height={260} label="Loading published indices…" />;
}

/** Placeholder for the percentile-rank chart beside the score panel. */
export function RanksSkeleton() {
  return <Skeleton height={480} label="Loading ranks…" />;
}

/** Placeholder for the task table, sized by the number of tasks the catalogue already knows. */
export function TasksSkeleton({ tasks }: { tasks: number }) {
  return <Skeleton height={110 + Math.max(tasks, 5) * 54} label="Loading tasks…" />;
}

/** Placeholder for the employment and wage line charts. */
export function EmploymentSkeleton() {
  return (
    <div className="grid2">
      <Skeleton height={440} label="Loading employment chart…" />
      <Skeleton height={440} label="Loading wage chart…" />
    </div>
  );
}

/** Placeholder for the collapsed skill and knowledge profile. */
export function ProfileSkeleton() {
  return <Skeleton height={110} label="Loading skills profile…" />;
}

/** Placeholder for the five reskilling paths. */
export function ReskillingSkeleton() {
  return <Skeleton height={390} label="Loading reskilling paths…" />;
}

/** Placeholder for the ten similar occupations. */
export function SimilarSkeleton() {
  return <Skeleton height={390} label="Loading similar occupations…" />;
}
