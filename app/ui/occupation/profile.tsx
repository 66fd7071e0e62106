import { NoData } from '../empty-state';
import { fetchWidgetDetail } from './data';
import { TablePanel } from '../table-panel';
import { DataTable } from '../data-table';
import { NeighbourTable } from './neighbour-table';
import { PROFILE_COLUMNS, profileRowsHtml } from './table-rows';
import { occupationSkillsView, reskillingView } from '@/lib/views/occupation';
import { csvHref, drawView } from '../view-rows';
import { CURRENT_ONET } from '@/lib/db/onet-release';

/** Skill and knowledge profile: importance (1–5) and level (0–7) of each element. */
export async function ProfileTable({ code }: { code: string }) {
  const view = await drawView(occupationSkillsView, { code });
  const profile = view.rows;
  if (profile.length === 0) return <NoData what="skill ratings for this occupation" />;
  return (
    <TablePanel
      title="Skills and knowledge"
      csv={csvHref(view)}
      summary={`O*NET ${CURRENT_ONET} ratings: importance on a 1–5 scale and level on a 0–7 scale, most important first.`}
    >
      <details>
        <summary>
          Show all {profile.length} elements (top:{' '}
          {profile
            .filter((p) => p.domain === 'skill')
            .slice(0, 3)
            .map((p) => p.name)
            .join(', ')}
          )
        </summary>
        <DataTable label="Skill and knowledge profile" columns={PROFILE_COLUMNS} bodyHtml={profileRowsHtml(profile)} />
      </details>
    </TablePanel>
  );
}

/** Reskilling paths: closest less-exposed occupations in a similar job zone, with skills to gain. */
export async function Reskilling({ code }: { code: string }) {
  const { occupation } = await fetchWidgetDetail(code);
  const view = await drawView(reskillingView, { code });
  const reskilling = view.rows;
  return (
    <TablePanel
      title="Reskilling paths"
      csv={csvHref(view)}
      summary={
        <>
          The five most similar occupations (same similarity as the list beside) that are less exposed and within one
          job zone, other than O*NET breakouts of this same SOC occupation, with the elements the target rates important
          (3+ of 5) whose required level rises most.
        </>
      }
    >
      {reskilling.length === 0 ? (
        <p>
          {occupation.exposure === null
            ? 'Needs model scores.'
            : 'No less exposed occupation with a similar profile and job zone.'}
        </p>
      ) : (
        <NeighbourTable
          label="Reskilling paths"
          rows={reskilling}
          extra={{
            header: 'Skills to gain (level from → to)',
            cell: (r) =>
              r.gain.length
                ? r.gain.map((g) => `${g.name} (${g.from.toFixed(1)} → ${g.to.toFixed(1)})`).join('; ')
                : 'no important element rises 0.5 levels or more',
          }}
        />
      )}
    </TablePanel>
  );
}
