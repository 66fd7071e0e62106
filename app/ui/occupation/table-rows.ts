import type { TaskDetail } from '@/lib/db/queries/occupation-detail';
import type { ProfileElement } from '@/lib/db/queries/profiles';
import type { ColumnHead } from '../data-table';
import { fmt } from '../format';
import { html, type SafeHtml } from '../html';
import { highlightedHtml } from './highlight';

/** Headers over the server-built rows below, in their cell order. */
export const TASK_COLUMNS: readonly ColumnHead[] = [
  { key: 'task', label: 'Task' },
  { key: 'type', label: 'Type', narrow: true },
  { key: 'exposure', label: 'Exposure', numeric: true },
  { key: 'attention', label: 'Attention', numeric: true },
  { key: 'mode', label: 'AI mode', narrow: true },
  { key: 'human', label: 'Human label', narrow: true },
];

/**
 * The task table's rows as markup: the task with its three most influential words marked and the work
 * activities behind its score, type, exposure with interval, attention, AI mode and human label.
 */
export function taskRowsHtml(tasks: readonly TaskDetail[]): SafeHtml {
  return html`${tasks.map(
    (t) =>
      html`<tr><td>${highlightedHtml(t.text, t.topTokens)}${
        t.topActivities.length > 0
          ? html`<div class="small" data-testid="task-activities">Work activities: ${t.topActivities.map((a) => `${a.title} (${fmt(a.exposure, 'score')})`).join(' · ')}</div>`
          : null
      }</td><td class="hide-narrow"><span class="tag">${t.taskType ?? '—'}</span></td><td class="num">${fmt(t.exposure, 'score')}${
        t.exposure !== null
          ? html`<div class="small">${fmt(t.exposureLow, 'score')}–${fmt(t.exposureHigh, 'score')}</div>`
          : null
      }</td><td class="num">${fmt(t.attention, 'pct1')}</td><td class="hide-narrow" data-testid="ai-mode">${
        t.aiMode ? html`<span class="tag">${t.aiMode}</span>` : '—'
      }</td><td class="hide-narrow">${t.humanLabel ?? '—'}</td></tr>`,
  )}`;
}

/** The skill and knowledge profile's rows as markup: element, domain, importance (1–5) and level (0–7). */
export function profileRowsHtml(profile: readonly ProfileElement[]): SafeHtml {
  return html`${profile.map(
    (p) =>
      html`<tr><td>${p.name}</td><td>${p.domain}</td><td class="num">${fmt(p.importance, 'score')}</td><td class="num">${fmt(p.level, 'score')}</td></tr>`,
  )}`;
}

/** Headers over the server-built rows of profileRowsHtml, in their cell order. */
export const PROFILE_COLUMNS: readonly ColumnHead[] = [
  { key: 'element', label: 'Element' },
  { key: 'domain', label: 'Domain' },
  { key: 'importance', label: 'Importance', numeric: true },
  { key: 'level', label: 'Level', numeric: true },
];
