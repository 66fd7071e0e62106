'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Text,
  type TextProps,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from 'recharts';
import { useSyncExternalStore } from 'react';
import { useChartSvgProps } from './chart-name';
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

/** The y-axis title, drawn up the left edge at 12 px so that long index names fit the plot's height. */
export const yTitle = (value: string) => ({
  value,
  angle: -90,
  position: 'insideLeft' as const,
  style: { textAnchor: 'middle' as const, fontSize: 12 },
});

/** The x-axis title, as HTML under the chart: on a phone it wraps instead of being clipped at the SVG's edge. */
export function XTitle({ children }: { children: string }) {
  return <p className="axis-title">{children}</p>;
}

/** Vertical bars (histograms, group comparisons) with labelled axes and a tooltip. */
export function ColumnChart({
  data,
  xLabel,
  yLabel,
  yFormat = 'int',
  height = 280,
}: {
  data: { label: string; value: number | null }[];
  xLabel: string;
  yLabel: string;
  yFormat?: NumberFormat;
  height?: number;
}) {
  const svg = useChartSvgProps();
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart {...svg} data={data} margin={{ top: 8, right: 12, bottom: 4, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis
            tickFormatter={(v: number) => fmt(v, yFormat)}
            label={yTitle(yLabel)}
            width={72}
            tick={{ fontSize: 11 }}
          />
          <Tooltip formatter={(v) => [fmt(Number(v), yFormat), yLabel]} />
          <Bar dataKey="value" fill={PALETTE[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <XTitle>{xLabel}</XTitle>
    </>
  );
}

/**
 * A category tick that wraps at spaces, and at any character when one word is wider than the axis
 * (an index id like anthropic_observed_exposure), so no name is clipped at the SVG's left edge. The font
 * size goes in `style` too, in px: Recharts measures words in a span with that style, and without it (or
 * with a unitless number) measures at the page's 16 px and wraps far too early.
 */
export function CategoryTick(
  props: TextProps & {
    payload?: { value?: unknown };
    tickFormatter?: (value: unknown, index: number) => string;
    index?: number;
  },
) {
  const { payload, tickFormatter, ...text } = props;
  const value = tickFormatter ? tickFormatter(payload?.value, props.index ?? 0) : String(payload?.value ?? '');
  const fontSize = Number(props.fontSize ?? 10);
  const longestWord = Math.max(0, ...value.split(/\s+/).map((w) => w.length));
  const tooWide = longestWord * fontSize * 0.6 > Number(props.width ?? Infinity);
  return (
    <Text {...text} style={{ ...text.style, fontSize: `${fontSize}px` }} breakAll={tooWide}>
      {value}
    </Text>
  );
}

/** Horizontal bars for long category names (e.g. SOC major groups). */
export function BarList({
  data,
  xLabel,
  xFormat = 'score',
  height,
}: {
  data: { label: string; value: number | null }[];
  xLabel: string;
  xFormat?: NumberFormat;
  height?: number;
}) {
  const narrow = useNarrow();
  const svg = useChartSvgProps();
  return (
    <>
      <ResponsiveContainer width="100%" height={height ?? Math.max(160, data.length * (narrow ? 34 : 30) + 56)}>
        <BarChart {...svg} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => fmt(v, xFormat)} tick={{ fontSize: 11 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={narrow ? 120 : 190}
            tick={(p: TextProps) => <CategoryTick {...p} fontSize={narrow ? 9 : 10} />}
            interval={0}
          />
          <Tooltip formatter={(v) => [fmt(Number(v), xFormat), xLabel]} />
          <Bar dataKey="value" fill={PALETTE[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <XTitle>{xLabel}</XTitle>
    </>
  );
}

/** Lines over years; `series` names the columns of `data` to draw. */
export function LinesChart({
  data,
  series,
  xLabel,
  yLabel,
  yFormat = 'int',
  height = 300,
  dashed = [],
}: {
  data: Record<string, number | null>[];
  series: { key: string; name: string }[];
  xLabel: string;
  yLabel: string;
  yFormat?: NumberFormat;
  height?: number;
  dashed?: string[];
}) {
  const svg = useChartSvgProps();
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart {...svg} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="year"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            tick={{ fontSize: 11 }}
          />
          <YAxis
            tickFormatter={(v: number) => fmt(v, yFormat)}
            label={yTitle(yLabel)}
            width={80}
            tick={{ fontSize: 11 }}
            domain={['auto', 'auto']}
          />
          <Tooltip formatter={(v, name) => [fmt(Number(v), yFormat), name]} labelFormatter={(l) => `Year ${l}`} />
          {/* No fixed height: Recharts measures the legend (two rows on a phone) and moves the plot below it. */}
          <Legend verticalAlign="top" wrapperStyle={{ paddingBottom: 10, fontSize: 13 }} />
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
      <XTitle>{xLabel}</XTitle>
    </>
  );
}

/** Scatter of model exposure (x) against another measure (y); points carry a label for the tooltip. */
export function ScatterPlot({
  points,
  xLabel,
  yLabel,
  height = 320,
}: {
  points: { x: number; y: number; label: string }[];
  xLabel: string;
  yLabel: string;
  height?: number;
}) {
  const svg = useChartSvgProps();
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ScatterChart {...svg} margin={{ top: 8, right: 16, bottom: 4, left: 16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" dataKey="x" name={xLabel} domain={[0, 1]} tick={{ fontSize: 11 }} />
          <YAxis
            type="number"
            dataKey="y"
            name={yLabel}
            label={yTitle(yLabel)}
            width={72}
            tick={{ fontSize: 11 }}
            domain={['auto', 'auto']}
          />
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
      <XTitle>{xLabel}</XTitle>
    </>
  );
}

/** A single score with its interval, drawn as a bar with an error bar against other measures. */
export function IntervalBars({
  data,
  xLabel,
}: {
  data: { label: string; value: number; error: [number, number] }[];
  xLabel: string;
}) {
  const svg = useChartSvgProps();
  return (
    <>
      <ResponsiveContainer width="100%" height={Math.max(120, data.length * 30 + 48)}>
        <BarChart {...svg} data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 1]} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 11 }} />
          <Tooltip formatter={(v) => fmt(Number(v), 'score')} />
          <Bar dataKey="value" fill={PALETTE[0]} isAnimationActive={false}>
            <ErrorBar dataKey="error" width={6} stroke={PALETTE[4]} direction="x" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <XTitle>{xLabel}</XTitle>
    </>
  );
}
