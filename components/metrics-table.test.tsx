import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/datasets';
import { deriveSeedFigures } from '@/lib/derived';
import { applyTableQuery, metricRows, parseTableQuery } from '@/lib/metrics-table';
import { MetricsTable } from './metrics-table';

const d = getDataset();
const all = metricRows(d, deriveSeedFigures(d));

function render(params: Record<string, string | string[]>) {
  const { query, errors } = parseTableQuery(params);
  const rows = applyTableQuery(all, query);
  const html = renderToStaticMarkup(
    <MetricsTable rows={rows} total={all.length} query={query} errors={errors} basePath="/" />,
  );
  return { html, rows };
}

describe('MetricsTable', () => {
  it('renders rows in query order with the count in the caption', () => {
    const { html, rows } = render({ sort: 'value', dir: 'desc', kind: 'reported' });
    expect(html).toContain(`<caption>${rows.length} of ${all.length} figures<span`);
    const rendered = [...html.matchAll(/data-row-id="([^"]+)"/g)].map((m) => m[1]);
    expect(rendered).toEqual(rows.map((r) => r.id));
    expect(html).toContain(
      '<th scope="col" aria-sort="descending"><a href="/?sort=value&amp;kind=reported#metrics"',
    );
  });

  it('ticks the filters from the query and keeps sort in hidden inputs', () => {
    const { html } = render({ sort: 'unit', kind: ['estimate'], statistic: 'kz-stat' });
    const ticked = [
      ...html.matchAll(/<input type="checkbox" name="(\w+)" checked="" value="([\w-]+)"/g),
    ];
    expect(ticked.map((m) => `${m[1]}=${m[2]}`)).toEqual(['kind=estimate', 'statistic=kz-stat']);
    expect(html).toContain('<input type="hidden" name="sort" value="unit"/>');
  });

  it('shows rejected parameters in an alert without echoing them', () => {
    const { html } = render({ sort: '<b>x</b>', kind: 'reported' });
    expect(html).toContain('role="alert"');
    expect(html).toContain('Parameter “sort”: unknown value; allowed: period, value,');
    expect(html).not.toContain('&lt;b&gt;');
  });

  it('links estimates to no source and shows their formula', () => {
    const { html, rows } = render({ kind: 'estimate' });
    expect(rows.length).toBeGreaterThan(0);
    expect(html).not.toContain('/sources#');
    expect(html).toContain(`<code class="formula" title="${rows[0]?.formula}">`);
  });

  it('says so when nothing matches', () => {
    const { html } = render({ kind: 'target', statistic: 'cn-customs' });
    expect(html).toContain('No figures match these filters.');
  });
});
