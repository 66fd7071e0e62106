import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { occupationCode } from '@/lib/api/schemas';
import { majorGroupTitle } from '@/lib/analytics/soc';
import { fetchOccupationDetail } from '@/lib/db/queries/occupation-detail';
import { EmploymentCharts } from '../../ui/occupation/employment';
import { ProfileTable, Reskilling } from '../../ui/occupation/profile';
import { ScorePanel } from '../../ui/occupation/scores';
import { TaskTable } from '../../ui/occupation/tasks';
import { fmt } from '../../ui/format';
import { Skeleton } from '../../ui/skeleton';

type Params = Promise<{ code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { code } = await params;
  return { title: decodeURIComponent(code) };
}

async function Detail({ code }: { code: string }) {
  const detail = await fetchOccupationDetail(code);
  if (!detail) notFound();
  const o = detail.occupation;
  return (
    <>
      <h1>{o.title}</h1>
      <p className="meta">
        O*NET-SOC {o.code} · SOC {o.socCode} · {majorGroupTitle(o.majorGroup)} · Job zone {o.jobZone ?? '—'} · {fmt(o.employment)} workers ·
        median wage {fmt(o.medianWage, 'usd')}
      </p>
      <p className="lead">{o.description}</p>
      <ScorePanel detail={detail} />
      <TaskTable detail={detail} />
      <EmploymentCharts detail={detail} />
      <ProfileTable detail={detail} />
      <Reskilling detail={detail} />
    </>
  );
}

/** One occupation: score and published indices, tasks, skills, employment and reskilling paths. */
export default async function OccupationPage({ params }: { params: Params }) {
  const { code: raw } = await params;
  const code = decodeURIComponent(raw);
  if (!occupationCode.safeParse(code).success) notFound();
  return (
    <>
      <p className="small">
        <Link href="/occupations">← All occupations</Link>
      </p>
      <Suspense fallback={<Skeleton height={800} label="Loading occupation…" />}>
        <Detail code={code} />
      </Suspense>
    </>
  );
}
