import type { Metadata } from 'next';
import { connection } from 'next/server';
import { fetchSkills } from '@/lib/db/queries/skills';
import { skillsConcentrationView, skillsShiftView } from '@/lib/views/pages';
import { ChartFrame } from '../ui/chart-frame';
import { BarList } from '../ui/charts-client';
import { NoData, NoScores } from '../ui/empty-state';
import { fmt } from '../ui/format';
import { Skeleton } from '../ui/skeleton';
import { ShiftShareTable } from './shift-share';
import { Widget } from '../ui/widget';
import { csvHref, drawView } from '../ui/view-rows';

export const metadata: Metadata = { title: 'Skills' };

async function Shift() {
  const v = await fetchSkills();
  if (v.shift.length === 0) return <NoData what="skill ratings for both O*NET releases (with employment)" />;
  const view = await drawView(skillsShiftView);
  const up = view.rows[0]!;
  const down = view.rows[view.rows.length - 1]!;
  const { before, after } = v.period;
  return (
    <ChartFrame
      title={`Skill shift: O*NET ${before.onet} with ${before.employmentYear ?? '—'} employment → O*NET ${after.onet} with ${after.employmentYear ?? '—'} employment`}
      summary={`Over ${fmt(v.matchedOccupations)} matched occupations, ${up.name} rose most (${up.change >= 0 ? '+' : ''}${up.change.toFixed(3)}) and ${down.name} fell most (${down.change.toFixed(3)}) in employment-weighted importance.`}
      csv={csvHref(view)}
      note={`Importance (1–5) of each skill averaged over occupations weighted by their employment: ${v.period.statement} ${before.onet} occupations are carried to ${after.onet} codes through the O*NET-SOC 2010→2019 crosswalk; only occupations present in both count. † = not distinguishable from zero (within 1.96 standard errors).`}
    >
      <BarList
        data={view.rows.map((s) => ({ label: s.distinguishable === false ? `${s.name} †` : s.name, value: s.change }))}
        xLabel="Change in weighted importance"
        xFormat="score"
      />
    </ChartFrame>
  );
}

async function ShiftShare() {
  const v = await fetchSkills();
  return v.shift.length === 0 ? null : <ShiftShareTable view={v} />;
}

async function Concentration() {
  const v = await fetchSkills();
  if (!v.modelVersion) return <NoScores />;
  const view = await drawView(skillsConcentrationView);
  if (view.rows.length === 0) return null;
  const top = view.rows.slice(0, 10);
  const bottom = view.rows.slice(-10).reverse();
  return (
    <ChartFrame
      title="Skills concentrated in exposed vs sheltered employment"
      summary={`Most tilted to exposed work: ${top
        .slice(0, 3)
        .map((s) => s.name)
        .join(', ')}; to sheltered work: ${bottom
        .slice(0, 3)
        .map((s) => s.name)
        .join(', ')}.`}
      csv={csvHref(view)}
      note={`Employment-weighted importance among occupations in the most exposed fifth of employment minus that in the least exposed fifth (O*NET ${v.period.after.onet} ratings, OEWS May ${v.period.after.employmentYear ?? '—'} employment).`}
    >
      <BarList
        data={view.rows.map((s) => ({ label: s.name, value: s.difference }))}
        xLabel="Importance in exposed − sheltered work"
        xFormat="score"
      />
    </ChartFrame>
  );
}

/** How skill demand moved between O*NET releases, and which skills exposed work relies on. */
export default async function SkillsPage() {
  await connection();
  return (
    <>
      <h1>Skills</h1>
      <p className="lead">
        How the weight of each O*NET skill in US employment moved between two O*NET releases, whether the move is larger
        than O*NET&apos;s sampling error, whether it comes from changed ratings or a changed employment mix, and where
        exposure sits.
      </p>
      <div className="grid2">
        <Widget what="the skill shift" fallback={<Skeleton height={800} />}>
          <Shift />
        </Widget>
        <Widget what="the concentration chart" fallback={<Skeleton height={800} />}>
          <Concentration />
        </Widget>
      </div>
      <Widget what="the shift-share table" fallback={<Skeleton height={600} />}>
        <ShiftShare />
      </Widget>
    </>
  );
}
