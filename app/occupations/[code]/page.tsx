import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { decodeRouteParam } from '@/lib/http/params';
import { occupationCode } from '@/lib/views/filters';
import { CODE_PATTERN, resolveTypedCode } from '@/lib/db/queries/code-aliases';
import { fetchOccupationSummary } from '../../ui/occupation/data';
import { EmploymentCharts } from '../../ui/occupation/employment';
import { Description, OccupationHeader } from '../../ui/occupation/header';
import { ProfileTable, Reskilling } from '../../ui/occupation/profile';
import { RanksChart, ScorePanel } from '../../ui/occupation/scores';
import { SimilarOccupations } from '../../ui/occupation/similar';
import {
  DescriptionSkeleton,
  EmploymentSkeleton,
  ProfileSkeleton,
  RanksSkeleton,
  ReskillingSkeleton,
  SimilarSkeleton,
  TasksSkeleton,
} from '../../ui/occupation/skeletons';
import { TaskTable } from '../../ui/occupation/tasks';
import { Widget } from '../../ui/widget';

type Params = Promise<{ code: string }>;

/** The route's code, decoded, or null when it is not an O*NET-SOC code. */
async function codeOf(params: Params): Promise<string | null> {
  const code = decodeRouteParam((await params).code);
  return code !== null && occupationCode.safeParse(code).success ? code : null;
}

/**
 * A SOC code without the O*NET suffix (13-2011) or a 2010 code leads to its current occupation (through the
 * crosswalks): the one SOC-level (.00) occupation it became, else the search listing all it became.
 */
async function redirectOlderCode(raw: string | null): Promise<void> {
  if (!raw || !CODE_PATTERN.test(raw)) return;
  const resolved = await resolveTypedCode(raw);
  if (!resolved || resolved.codes.includes(raw)) return;
  const socLevel = resolved.codes.filter((c) => c.endsWith('.00'));
  const target = resolved.codes.length === 1 ? resolved.codes[0] : socLevel.length === 1 ? socLevel[0] : undefined;
  redirect(target ? `/occupations/${target}` : `/occupations?q=${encodeURIComponent(raw)}`);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const code = await codeOf(params);
  const summary = code ? await fetchOccupationSummary(code) : null;
  return { title: summary?.occupation.title ?? 'Not found' };
}

/** One occupation: header and score first, then each slow widget streams in behind its own skeleton. */
export default async function OccupationPage({ params }: { params: Params }) {
  const code = await codeOf(params);
  const summary = code ? await fetchOccupationSummary(code) : null;
  if (!code || !summary) await redirectOlderCode(decodeRouteParam((await params).code));
  if (!code || !summary) notFound();
  return (
    <>
      <p className="small">
        <Link href="/occupations">← All occupations</Link>
      </p>
      <OccupationHeader summary={summary} />
      <Widget what="the description" fallback={<DescriptionSkeleton />}>
        <Description code={code} />
      </Widget>
      <div className="grid2">
        <ScorePanel summary={summary} />
        <Widget what="the index ranks" fallback={<RanksSkeleton />}>
          <RanksChart code={code} />
        </Widget>
      </div>
      <Widget what="the tasks" fallback={<TasksSkeleton tasks={summary.occupation.nTasks} />}>
        <TaskTable code={code} />
      </Widget>
      <Widget what="the employment charts" fallback={<EmploymentSkeleton />}>
        <EmploymentCharts code={code} />
      </Widget>
      <Widget what="the skills profile" fallback={<ProfileSkeleton />}>
        <ProfileTable code={code} />
      </Widget>
      <div className="grid2">
        <Widget what="the reskilling comparison" fallback={<ReskillingSkeleton />}>
          <Reskilling code={code} />
        </Widget>
        <Widget what="similar occupations" fallback={<SimilarSkeleton />}>
          <SimilarOccupations code={code} />
        </Widget>
      </div>
    </>
  );
}
