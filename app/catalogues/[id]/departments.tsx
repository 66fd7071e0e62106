import type { DepartmentFigure } from '@/lib/analytics/catalogue-report';
import { type Column, DataTable, defineTable } from '../../ui/data-table';
import { fmt } from '../../ui/format';

const ROW = 28;
const LABEL = 190;
const WIDTH = 640;

const COLUMNS: readonly Column<DepartmentFigure>[] = [
  { key: 'department', label: 'Department', rowHeader: true, cell: (d) => d.department },
  { key: 'headcount', label: 'Headcount', numeric: true, cell: (d) => fmt(d.headcount) },
  { key: 'covered', label: 'Covered', numeric: true, cell: (d) => fmt(d.headcountCovered) },
  {
    key: 'exposure',
    label: 'Exposure (interval)',
    numeric: true,
    cell: (d) =>
      `${fmt(d.exposure.value, 'score')}${d.exposure.low != null && d.exposure.high != null ? ` (${fmt(d.exposure.low, 'score')}–${fmt(d.exposure.high, 'score')})` : ''}`,
  },
];

const TABLE = defineTable(COLUMNS, (d) => d.department);

/** Exposure by department: a server-drawn bar per department with its interval as a whisker, and the same numbers as a table. */
export function Departments({ departments }: { departments: DepartmentFigure[] }) {
  const plot = WIDTH - LABEL - 60;
  const x = (v: number) => LABEL + v * plot;
  return (
    <figure>
      <svg
        role="img"
        aria-label="Exposure by department"
        viewBox={`0 0 ${WIDTH} ${departments.length * ROW + 24}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
      >
        {departments.map((d, i) => {
          const y = i * ROW + 4;
          const v = d.exposure.value;
          return (
            <g key={d.department}>
              <text x={LABEL - 6} y={y + 15} textAnchor="end" fontSize="12">
                {d.department.length > 28 ? `${d.department.slice(0, 27)}…` : d.department}
              </text>
              {v !== null && <rect x={LABEL} y={y + 4} width={v * plot} height={ROW - 12} fill="#0072B2" />}
              {d.exposure.low != null && d.exposure.high != null && (
                <line
                  x1={x(d.exposure.low)}
                  x2={x(d.exposure.high)}
                  y1={y + 10}
                  y2={y + 10}
                  stroke="#000"
                  strokeWidth="1.5"
                />
              )}
              <text x={v === null ? LABEL : x(Math.max(v, d.exposure.high ?? v)) + 4} y={y + 15} fontSize="12">
                {v === null ? 'no scored jobs' : fmt(v, 'score')}
              </text>
            </g>
          );
        })}
        <text x={LABEL} y={departments.length * ROW + 20} fontSize="11">
          0
        </text>
        <text x={x(1)} y={departments.length * ROW + 20} fontSize="11" textAnchor="end">
          1
        </text>
      </svg>
      <figcaption>Headcount-weighted exposure by department; whiskers show the interval.</figcaption>
      <DataTable label="Exposure by department" labelTable table={TABLE} rows={departments} />
    </figure>
  );
}
