/** A chart point. */
export interface XY {
  x: number;
  y: number;
}

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013): keeps the first and last
 * points and, per bucket, the point forming the largest triangle with its neighbours,
 * so a line keeps its visual shape at about one point per pixel. Input sorted by x.
 */
export function lttb<T extends XY>(points: readonly T[], threshold: number): T[] {
  if (threshold >= points.length || threshold < 3) return points.slice();
  const out: T[] = [points[0]!];
  const every = (points.length - 2) / (threshold - 2);
  let a = 0;
  for (let i = 0; i < threshold - 2; i++) {
    const avgStart = Math.floor((i + 1) * every) + 1;
    const avgEnd = Math.min(Math.floor((i + 2) * every) + 1, points.length);
    let avgX = 0;
    let avgY = 0;
    for (let j = avgStart; j < avgEnd; j++) {
      avgX += points[j]!.x;
      avgY += points[j]!.y;
    }
    const span = Math.max(1, avgEnd - avgStart);
    avgX /= span;
    avgY /= span;
    const rangeStart = Math.floor(i * every) + 1;
    const rangeEnd = Math.floor((i + 1) * every) + 1;
    const pa = points[a]!;
    let maxArea = -1;
    let chosen = rangeStart;
    for (let j = rangeStart; j < rangeEnd; j++) {
      const p = points[j]!;
      const area = Math.abs((pa.x - avgX) * (p.y - pa.y) - (pa.x - p.x) * (avgY - pa.y));
      if (area > maxArea) {
        maxArea = area;
        chosen = j;
      }
    }
    out.push(points[chosen]!);
    a = chosen;
  }
  out.push(points[points.length - 1]!);
  return out;
}

/**
 * Thins a scatter to at most `max` points by keeping every k-th point in x order;
 * scatter points have no line shape to preserve, so a regular stride is honest.
 */
export function thinScatter<T extends XY>(points: readonly T[], max: number): T[] {
  if (points.length <= max) return points.slice();
  const sorted = [...points].sort((p, q) => p.x - q.x);
  const step = sorted.length / max;
  return Array.from({ length: max }, (_, i) => sorted[Math.floor(i * step)]!);
}
