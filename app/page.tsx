import { connection } from 'next/server';
import { ExposureHistogram, MajorGroups } from './ui/overview/charts';
import { DataStatus } from './ui/overview/data-status';
import { Headline } from './ui/overview/headline';
import { TopBottom } from './ui/overview/top-bottom';
import { CardsSkeleton, Skeleton } from './ui/skeleton';
import { Widget } from './ui/widget';

/** Overview: who AI exposure touches and how many workers hold those jobs. */
export default async function OverviewPage() {
  await connection();
  return (
    <>
      <h1>How exposed is US work to AI?</h1>
      <p className="lead">
        Each occupation&apos;s share of tasks that a large language model could speed up, weighted by the number of
        workers who hold it (BLS OEWS). Workers are counted where BLS counts them, per SOC code: the scores of the O*NET
        occupations that share a SOC code are averaged first, and that code&apos;s workers weight the average once.
      </p>
      <Widget what="the headline figures" fallback={<CardsSkeleton />}>
        <Headline />
      </Widget>
      <div className="grid2">
        <Widget what="the exposure histogram" fallback={<Skeleton height={340} />}>
          <ExposureHistogram />
        </Widget>
        <Widget what="the major-group chart" fallback={<Skeleton height={560} />}>
          <MajorGroups />
        </Widget>
      </div>
      <Widget what="the most and least exposed occupations" fallback={<Skeleton height={420} />}>
        <TopBottom />
      </Widget>
      <Widget what="the data status" fallback={<Skeleton height={120} />}>
        <DataStatus />
      </Widget>
    </>
  );
}
