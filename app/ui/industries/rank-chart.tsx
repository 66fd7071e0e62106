'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ResponsiveContainer,
  type TextProps,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useChartSvgProps } from '../chart-name';
import { CategoryTick, useNarrow, XTitle } from '../charts-client';
import { fmt, type NumberFormat, PALETTE } from '../format';

/** One ranked bar: its value and, where the measure has one, the interval as [below, above] offsets. */
export interface RankedBar {
  label: string;
  value: number;
  error?: [number, number];
}

/**
 * Horizontal bars ranking sectors (or occupations) by one measure, with interval whiskers when
 * given; the same Recharts building blocks and palette as app/ui/charts-client.tsx.
 */
/** Keeps axis labels to two short lines; the full name stays in the table beside the chart. */
const shortLabel = (label: string) => (label.length > 44 ? `${label.slice(0, 42).trimEnd()}…` : label);

export function RankChart({ data, xLabel, xFormat }: { data: RankedBar[]; xLabel: string; xFormat: NumberFormat }) {
  const withError = data.some((d) => d.error);
  const narrow = useNarrow();
  const svg = useChartSvgProps();
  return (
    <>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * (narrow ? 36 : 28) + 56)}>
        <BarChart {...svg} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => fmt(v, xFormat)} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={narrow ? 120 : 200}
            tick={(p: TextProps) => <CategoryTick {...p} fontSize={narrow ? 9 : 10} />}
            interval={0}
            tickFormatter={shortLabel}
          />
          <Tooltip formatter={(v) => [fmt(Number(v), xFormat), xLabel]} />
          <Bar dataKey="value" fill={PALETTE[0]} isAnimationActive={false}>
            {withError ? <ErrorBar dataKey="error" width={5} stroke={PALETTE[4]} direction="x" /> : null}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <XTitle>{xLabel}</XTitle>
    </>
  );
}
