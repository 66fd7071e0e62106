'use client';

import { createContext, type ReactNode, useContext } from 'react';

/** The title and one-line takeaway of the chart frame around a chart: its accessible name and description. */
export interface ChartName {
  title: string;
  summary: string;
}

const ChartNameContext = createContext<ChartName | null>(null);

/** Lets the client chart inside a (server) ChartFrame name its SVG without every page passing the text twice. */
export function ChartNameProvider({ value, children }: { value: ChartName; children: ReactNode }) {
  return <ChartNameContext.Provider value={value}>{children}</ChartNameContext.Provider>;
}

/**
 * Props that make a Recharts surface an image named by its frame's title and described by its takeaway
 * (`<title>` and `<desc>` inside the SVG). Recharts' keyboard layer stays on: the SVG is a tab stop whose
 * arrow keys move the tooltip from point to point.
 */
export function useChartSvgProps(): { role?: 'img'; title?: string; desc?: string } {
  const name = useContext(ChartNameContext);
  // Outside a ChartFrame there is no name to give, and an unnamed image would be worse than none.
  return name ? { role: 'img', title: name.title, desc: name.summary } : {};
}
