import { useId } from 'react';
import type { ReliabilityRow } from '@/lib/analytics/model-card';
import { fmt, PALETTE } from '../format';

const SIZE = 300;
const PAD = { left: 44, right: 12, top: 10, bottom: 40 };
const W = SIZE - PAD.left - PAD.right;
const H = SIZE - PAD.top - PAD.bottom;
const x = (v: number) => PAD.left + v * W;
const y = (v: number) => PAD.top + (1 - v) * H;
const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/**
 * Reliability diagram: for each confidence bin, how often the model's top label was right (bar) against
 * how sure it was (dot on the bar, and the diagonal where the two would be equal). Drawn on the server
 * as plain SVG named by its title and described by its takeaway; the table beside it holds the numbers.
 */
export function ReliabilityDiagram({
  bins,
  title,
  summary,
}: {
  bins: ReliabilityRow[];
  title: string;
  summary: string;
}) {
  const id = useId();
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      width="100%"
      style={{ maxWidth: 360 }}
      role="img"
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
    >
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{summary}</desc>
      {TICKS.map((t) => (
        <g key={t} fontSize={11} fill="#444">
          <line x1={x(0)} x2={x(1)} y1={y(t)} y2={y(t)} stroke="#e3e3e3" />
          <text x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
            {fmt(t, 'pct')}
          </text>
          <text x={x(t)} y={y(0) + 15} textAnchor="middle">
            {fmt(t, 'pct')}
          </text>
        </g>
      ))}
      {bins.map((b) => (
        <rect
          key={b.low}
          x={x(b.low) + 1}
          width={x(b.high) - x(b.low) - 2}
          y={y(b.accuracy)}
          height={y(0) - y(b.accuracy)}
          fill={PALETTE[0]}
          opacity={0.75}
        />
      ))}
      <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} stroke="#222" strokeDasharray="4 3" />
      {bins.map((b) => (
        <circle key={b.low} cx={x(b.confidence)} cy={y(b.accuracy)} r={3.5} fill={PALETTE[1]} stroke="#222" />
      ))}
      <text x={x(0.5)} y={SIZE - 6} textAnchor="middle" fontSize={12}>
        Top-label confidence
      </text>
      <text transform={`translate(12 ${y(0.5)}) rotate(-90)`} textAnchor="middle" fontSize={12}>
        Share right
      </text>
    </svg>
  );
}
