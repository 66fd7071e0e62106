import { NoData } from '../empty-state';
import { fetchWidgetDetail } from './data';
import { CsvLinks } from '../csv-links';
import { TableScroll } from '../table-scroll';
import { NeighbourTable } from './neighbour-table';
import { profileRowsHtml } from './table-rows';
import { occupationSkillsView, reskillingView } from '@/lib/views/occupation';
import { csvHref, drawView } from '../view-rows';
import { CURRENT_ONET } from '@/lib/db/onet-release';

/** Skill and knowledge profile: importance (1–5) and level (0–7) of each element. */
export async function ProfileTable({ code }: { code: string }) {
  const view = await drawView(occupationSkillsView, { code });
  const profile = view.rows;
  if (profile.length === 0) return <NoData what="skill ratings for this occupation" />;
  return (
    <section className="panel">
      <figcaption>
        <h2>Skills and knowledge</h2>
        <CsvLinks href={csvHref(view)} />
      </figcaption>
      <p className="summary">O*NET {CURRENT_ONET} ratings: importance on a 1–5 scale and level on a 0–7 scale, most important first.</p>
      <details>
        <summary>
          Show all {profile.length} elements (top: {profile.filter((p) => p.domain === 'skill').slice(0, 3).map((p) => p.name).join(', ')})
        </summary>
        <TableScroll label="Skill and knowledge profile">
          <table>
            <thead>
              <tr>
                <th>Element</th>
                <th>Domain</th>
                <th className="num">Importance</th>
                <th className="num">Level</th>
              </tr>
            </thead>
            {/* Server-built rows: one string instead of five elements per element (see app/ui/html.ts). */}
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: profileRowsHtml escapes every value (SafeHtml, app/ui/html.ts) */}
            <tbody dangerouslySetInnerHTML={{ __html: profileRowsHtml(profile).value }} />
          </table>
        </TableScroll>
      </details>
    </section>
  );
}

/** Reskilling paths: closest less-exposed occupations in a similar job zone, with skills to gain. */
export async function Reskilling({ code }: { code: string }) {
  const { occupation } = await fetchWidgetDetail(code);
  const view = await drawView(reskillingView, { code });
  const reskilling = view.rows;
  return (
    <section className="panel">
      <figcaption>
        <h2>Reskilling paths</h2>
        <CsvLinks href={csvHref(view)} />
      </figcaption>
      <p className="summary">
        The five most similar occupations (same similarity as the list beside) that are less exposed and within one job zone, other
        than O*NET breakouts of this same SOC occupation, with the elements the target rates important (3+ of 5) whose required level
        rises most.
      </p>
      {reskilling.length === 0 ? (
        <p>{occupation.exposure === null ? 'Needs model scores.' : 'No less exposed occupation with a similar profile and job zone.'}</p>
      ) : (
        <NeighbourTable
          label="Reskilling paths"
          rows={reskilling}
          extra={{
            header: 'Skills to gain (level from → to)',
            cell: (r) =>
              r.gain.length ? r.gain.map((g) => `${g.name} (${g.from.toFixed(1)} → ${g.to.toFixed(1)})`).join('; ') : 'no important element rises 0.5 levels or more',
          }}
        />
      )}
    </section>
  );
}
