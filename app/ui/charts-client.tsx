'use client';

import {
  Bar, BarChart, CartesianGrid, ErrorBar, Legend, Line, LineChart, ResponsiveContainer, Scatter, ScatterChart,
  Tooltip, XAxis, YAxis, ZAxis,
} from 'recharts';
import { useSyncExternalStore } from 'react';
import { fmt, type NumberFormat, PALETTE } from './format';

const NARROW = '(max-width: 640px)';
/** True on phone-width screens, so category labels get less room there (false while server rendering). */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mq = window.matchMedia(NARROW);
      mq.addEventListener('change', notify);
      return () => mq.removeEventListener('change', notify);
    },
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}

const axisLabel = (value: string, angle = 0) =>
  angle ? { value, angle, position: 'insideLeft' as const, style: { textAnchor: 'middle' as const } } : { value, position: 'insideBottom' as const, offset: -4 };

/** Vertical bars (histograms, group comparisons) with labelled axes and a tooltip. */
export function ColumnChart({
  data, xLabel, yLabel, yFormat = 'int', height = 280,
}: { data: { label: string; value: number | null }[]; xLabel: string; yLabel: string; yFormat?: NumberFormat; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 8, right: 12, bottom: 24, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" label={axisLabel(xLabel)} tick={{ fontSize: 11 }} interval="preserveStartEnd" />
        <YAxis tickFormatter={(v: number) => fmt(v, yFormat)} label={axisLabel(yLabel, -90)} width={72} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(v) => [fmt(Number(v), yFormat), yLabel]} />
        <Bar dataKey="value" fill={PALETTE[0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Horizontal bars for long category names (e.g. SOC major groups). */
export function BarList({
  data, xLabel, xFormat = 'score', height,
}: { data: { label: string; value: number | null }[]; xLabel: string; xFormat?: NumberFormat; height?: number }) {
  const narrow = useNarrow();
  return (
    <ResponsiveContainer width="100%" height={height ?? Math.max(160, data.length * (narrow ? 34 : 30) + 56)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={(v: number) => fmt(v, xFormat)} label={axisLabel(xLabel)} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={narrow ? 120 : 190} tick={{ fontSize: narrow ? 9 : 10 }} interval={0} />
        <Tooltip formatter={(v) => [fmt(Number(v), xFormat), xLabel]} />
        <Bar dataKey="value" fill={PALETTE[0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Lines over years; `series` names the columns of `data` to draw. */
export function LinesChart({
  data, series, xLabel, yLabel, yFormat = 'int', height = 300, dashed = [],
}: {
  data: Record<string, number | null>[];
  series: { key: string; name: string }[];
  xLabel: string;
  yLabel: string;
  yFormat?: NumberFormat;
  height?: number;
  dashed?: string[];
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} label={axisLabel(xLabel)} tick={{ fontSize: 11 }} />
        <YAxis tickFormatter={(v: number) => fmt(v, yFormat)} label={axisLabel(yLabel, -90)} width={80} tick={{ fontSize: 11 }} domain={['auto', 'auto']} />
        <Tooltip formatter={(v, name) => [fmt(Number(v), yFormat), name]} labelFormatter={(l) => `Year ${l}`} />
        <Legend verticalAlign="top" height={28} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.name}
            stroke={PALETTE[i % PALETTE.length]}
            strokeWidth={2}
            strokeDasharray={dashed.includes(s.key) ? '6 4' : undefined}
            dot={{ r: 2 }}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Scatter of model exposure (x) against another measure (y); points carry a label for the tooltip. */
export function ScatterPlot({
  points, xLabel, yLabel, height = 320,
}: { points: { x: number; y: number; label: string }[]; xLabel: string; yLabel: string; height?: number }) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" name={xLabel} domain={[0, 1]} label={axisLabel(xLabel)} tick={{ fontSize: 11 }} />
        <YAxis type="number" dataKey="y" name={yLabel} label={axisLabel(yLabel, -90)} width={72} tick={{ fontSize: 11 }} domain={['auto', 'auto']} />
        <ZAxis range={[18, 18]} />
        <Tooltip
          cursor={{ strokeDasharray: '3 3' }}
          content={({ payload }) => {
            const p = payload?.[0]?.payload as { x: number; y: number; label: string } | undefined;
            return p ? (
              <div className="tooltip">
                <strong>{p.label}</strong>
                <br />
                {xLabel}: {fmt(p.x, 'score')} · {yLabel}: {fmt(p.y, 'score')}
              </div>
            ) : null;
          }}
        />
        <Scatter data={points} fill={PALETTE[0]} fillOpacity={0.6} isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
}

/** A single score with its interval, drawn as a bar with an error bar against other measures. */
export function IntervalBars({
  data, xLabel,
}: { data: { label: string; value: number; error: [number, number] }[]; xLabel: string }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, data.length * 30 + 48)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 1]} label={axisLabel(xLabel)} tick={{ fontSize: 11 }} />
        <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 11 }} />
        <Tooltip formatter={(v) => fmt(Number(v), 'score')} />
        <Bar dataKey="value" fill={PALETTE[0]} isAnimationActive={false}>
          <ErrorBar dataKey="error" width={6} stroke={PALETTE[4]} direction="x" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
