import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type Column, DataTable, type DataTableProps, defineTable } from '@/app/ui/data-table';
import { html } from '@/app/ui/html';
import { figureTable } from '@/app/ui/model/figure-table';
import { ariaSort, nextSort, type SortState, sortArrow } from '@/app/ui/table-sort';

interface Row {
  name: string;
  workers: number;
}

const COLUMNS: Column<Row>[] = [
  { key: 'name', label: 'Name', sortable: true, rowHeader: true, cell: (r) => r.name },
  { key: 'workers', label: 'Workers', unit: 'k', numeric: true, sortable: true, cell: (r) => r.workers },
  {
    key: 'note',
    label: 'Note',
    narrow: true,
    cellClass: (r) => (r.workers > 5 ? 'small' : undefined),
    cell: () => 'n',
  },
];
const TABLE = defineTable(COLUMNS, (r) => r.name);
const ROWS: Row[] = [
  { name: 'Nurses', workers: 9 },
  { name: 'Clerks', workers: 3 },
];

const render = (props: DataTableProps<Row>) => renderToStaticMarkup(createElement(DataTable<Row>, props));
const sortBy = (current: string, numbersFirstDescending = false): SortState => ({
  current,
  numbersFirstDescending,
  href: (s) => `/x?sort=${s}`,
});

describe('table sorting through the URL', () => {
  it('reverses the sorted column and starts others ascending, or numbers descending where the table ranks them so', () => {
    expect(nextSort('name', false, sortBy('name'))).toBe('-name');
    expect(nextSort('name', false, sortBy('-name'))).toBe('name');
    expect(nextSort('workers', true, sortBy('name'))).toBe('workers');
    expect(nextSort('workers', true, sortBy('name', true))).toBe('-workers');
    expect(nextSort('name', false, sortBy('-workers', true))).toBe('name');
  });

  it('announces the direction only on the sorted column', () => {
    expect([ariaSort('workers', sortBy('-workers')), sortArrow('workers', sortBy('-workers'))]).toEqual([
      'descending',
      '▼',
    ]);
    expect([ariaSort('name', sortBy('name')), sortArrow('name', sortBy('name'))]).toEqual(['ascending', '▲']);
    expect([ariaSort('name', sortBy('relevance')), sortArrow('name', sortBy('relevance'))]).toEqual(['none', '']);
  });
});

describe('DataTable', () => {
  it('draws headers with scope, numeric and narrow classes, units, row headers and per-row cell classes', () => {
    const out = render({ label: 'People', testId: 'people', table: TABLE, rows: ROWS });
    expect(out).toContain('role="region" aria-label="People" tabindex="0"');
    expect(out).toContain('<table data-testid="people">');
    expect(out).toContain('<th scope="col" class="num">Workers (k)</th>');
    expect(out).toContain('<th scope="col" class="hide-narrow">Note</th>');
    expect(out).toContain(
      '<tr><th scope="row">Nurses</th><td class="num">9</td><td class="hide-narrow small">n</td></tr>',
    );
    expect(out).toContain('<td class="hide-narrow">n</td>');
    expect(out).not.toContain('aria-sort');
  });

  it('makes sortable headers links that toggle the URL sort, announced by aria-sort', () => {
    const out = render({
      label: 'People',
      sort: sortBy('-workers', true),
      table: TABLE,
      rows: ROWS,
    });
    expect(out).toMatch(/<th scope="col" aria-sort="none"><a href="\/x\?sort=name">Name <\/a><\/th>/);
    expect(out).toMatch(
      /<th scope="col" class="num" aria-sort="descending"><a href="\/x\?sort=workers">Workers \(k\) ▼<\/a><\/th>/,
    );
    expect(out).toContain('<th scope="col" class="hide-narrow">Note</th>');
  });

  it('names the table itself when asked, and draws a caption', () => {
    const out = render({
      label: 'Jobs',
      labelTable: true,
      caption: 'All jobs',
      captionClass: 'visually-hidden',
      table: TABLE,
      rows: ROWS,
    });
    expect(out).toContain('<table aria-label="Jobs"><caption class="visually-hidden">All jobs</caption><thead>');
  });

  it('shows the empty state instead of a table with no rows, and a headerless table when asked', () => {
    expect(render({ label: 'P', table: TABLE, rows: [], empty: 'Nothing yet.' })).toBe('Nothing yet.');
    expect(render({ label: 'P', table: TABLE, rows: [] })).toContain('<tbody></tbody>');
    expect(render({ label: 'P', head: false, table: TABLE, rows: ROWS })).not.toContain('<thead>');
  });

  it('puts server-built rows under the headers unchanged', () => {
    const body = html`<tr><td>${'a<b'}</td></tr>`;
    const out = renderToStaticMarkup(
      createElement(DataTable, { label: 'P', columns: [{ key: 'a', label: 'A' }], bodyHtml: body }),
    );
    expect(out).toContain('<thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td>a&lt;b</td></tr></tbody>');
  });
});

describe('figureTable', () => {
  it('puts the leading columns first, then one three-decimal numeric column per figure in the order given', () => {
    const spec = figureTable<{ key: string; name: string; top1: number; ece: number | null }>(
      [{ key: 'name', label: 'Matcher', rowHeader: true, cell: (r) => r.name }],
      { top1: 'Top-1', ece: 'ECE' },
    );
    const out = renderToStaticMarkup(
      createElement(DataTable<{ key: string; name: string; top1: number; ece: number | null }>, {
        label: 'F',
        table: spec,
        rows: [{ key: 'a', name: 'Coder', top1: 0.41234, ece: null }],
      }),
    );
    expect(out).toContain(
      '<th scope="col">Matcher</th><th scope="col" class="num">Top-1</th><th scope="col" class="num">ECE</th>',
    );
    expect(out).toContain('<tr><th scope="row">Coder</th><td class="num">0.412</td><td class="num">—</td></tr>');
  });
});
