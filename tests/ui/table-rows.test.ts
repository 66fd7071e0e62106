import { describe, expect, it } from 'vitest';
import { escapeHtml, html, SafeHtml } from '@/app/ui/html';
import { highlightRuns } from '@/app/ui/occupation/highlight';
import { profileRowsHtml, taskRowsHtml } from '@/app/ui/occupation/table-rows';
import type { TaskDetail } from '@/lib/db/queries/occupation-detail';

/** The text a browser shows for markup (tags dropped, entities decoded), to compare with what React rendered. */
function textOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function task(over: Partial<TaskDetail>): TaskDetail {
  return {
    taskId: 1,
    text: 'Monitor patients and record vital signs.',
    taskType: 'Core',
    exposure: 0.45,
    exposureLow: 0.27,
    exposureHigh: 0.64,
    attention: 0.057,
    topTokens: [],
    automation: 0.3,
    aiMode: 'augmentation',
    topActivities: [],
    humanLabel: 'E2',
    ...over,
  };
}

describe('html template', () => {
  it('escapes interpolated text, including quotes in attributes, but not nested html', () => {
    const evil = `"><script>alert('x')</script>&`;
    const out = html`<td title="${evil}">${evil}${html`<b>${evil}</b>`}</td>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toBe(`<td title="${escapeHtml(evil)}">${escapeHtml(evil)}<b>${escapeHtml(evil)}</b></td>`);
    expect(escapeHtml(evil)).toBe('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;');
  });

  it('joins lists and drops null, undefined and false', () => {
    expect(html`${['a', html`<i>b</i>`, null, undefined, false, 3]}`.value).toBe('a<i>b</i>3');
    expect(html`x` instanceof SafeHtml).toBe(true);
  });
});

describe('highlightRuns', () => {
  const tokens = [
    { token: 'monitor', weight: 0.3 },
    { token: 'and', weight: 0.9 }, // a stopword: never marked
    { token: 'vital', weight: 0.2 },
    { token: 'signs', weight: 0.1 },
    { token: 'patients', weight: 0.05 }, // fourth: not among the top three
  ];

  it('marks only the three most influential non-stopwords and keeps the rest as merged plain runs', () => {
    const runs = highlightRuns('Monitor patients and record vital signs.', tokens);
    expect(runs).toEqual([
      { text: 'Monitor', weight: 0.3 },
      { text: ' patients and record ' },
      { text: 'vital', weight: 0.2 },
      { text: ' ' },
      { text: 'signs', weight: 0.1 },
      { text: '.' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('Monitor patients and record vital signs.');
  });

  it('gives the whole text as one run when no word explains it', () => {
    expect(highlightRuns('Record vital signs.', [])).toEqual([{ text: 'Record vital signs.' }]);
  });
});

describe('taskRowsHtml', () => {
  it('renders one row per task with the cells the React table had', () => {
    const rows = taskRowsHtml([
      task({
        topTokens: [{ token: 'monitor', weight: 0.3 }],
        topActivities: [{ id: '4.A.1', title: 'Monitoring <Processes>', exposure: 0.5 }],
      }),
      task({
        taskId: 2,
        text: 'Lift & turn patients.',
        exposure: null,
        aiMode: null,
        taskType: null,
        humanLabel: null,
        attention: null,
      }),
    ]).value;
    expect(rows.match(/<tr>/g)).toHaveLength(2);
    expect(rows).toContain('<mark title="weight 0.30">Monitor</mark>');
    expect(rows).toContain(
      '<div class="small" data-testid="task-activities">Work activities: Monitoring &lt;Processes&gt; (0.50)</div>',
    );
    expect(rows).toContain('<td class="hide-narrow" data-testid="ai-mode"><span class="tag">augmentation</span></td>');
    expect(rows.match(/data-testid="task-activities"/g)).toHaveLength(1);
    const [first, second] = rows.split('</tr>').map(textOf);
    expect(first).toBe(
      'Monitor patients and record vital signs.Work activities: Monitoring <Processes> (0.50)Core0.450.27–0.645.7%augmentationE2',
    );
    // An unscored task: no interval, dashes where React showed them.
    expect(second).toBe('Lift & turn patients.—————');
  });
});

describe('profileRowsHtml', () => {
  it('renders element, domain, importance and level with two decimals', () => {
    const rows = profileRowsHtml([
      { elementId: '2.C.4.e', name: 'Psychology', domain: 'knowledge', importance: 4.583, level: 6.08 },
      { elementId: '2.A.1.a', name: 'Reading <Comprehension>', domain: 'skill', importance: 4, level: 4.5 },
    ]).value;
    expect(rows).toBe(
      '<tr><td>Psychology</td><td>knowledge</td><td class="num">4.58</td><td class="num">6.08</td></tr>' +
        '<tr><td>Reading &lt;Comprehension&gt;</td><td>skill</td><td class="num">4.00</td><td class="num">4.50</td></tr>',
    );
  });
});
