import { describe, expect, it } from 'vitest';
import type { SearchParams } from './page-params';
import {
  applyTableView,
  byCode,
  byNumber,
  columnHelper,
  compareText,
  oneOf,
  parseTableView,
  tableViewHref,
  type TableDef,
  type TableView,
} from './table-query';

const SPEC = {
  columns: ['name', 'size'],
  defaults: { sort: 'name', dir: 'asc' },
  filters: { colour: ['red', 'green', 'blue'], shape: ['round', 'flat'] },
} as const;
type View = TableView<(typeof SPEC.columns)[number], typeof SPEC.filters>;
const DEFAULT: View = { sort: 'name', dir: 'asc', colour: [], shape: [] };

describe('parseTableView', () => {
  it.each<[string, SearchParams, object, string[]]>([
    ['no parameters', {}, DEFAULT, []],
    ['blank values', { sort: ' ', dir: '', colour: ' , ' }, DEFAULT, []],
    ['sort and dir', { sort: 'size', dir: 'desc' }, { sort: 'size', dir: 'desc' }, []],
    ['first of repeated sort', { sort: ['size', 'name'] }, { sort: 'size' }, []],
    ['list in canonical order', { colour: 'blue,red,blue' }, { colour: ['red', 'blue'] }, []],
    ['repeated keys', { shape: ['flat', ' round'] }, { shape: ['round', 'flat'] }, []],
    ['bad part dropped', { colour: 'red,pink' }, { colour: ['red'] }, ['colour']],
    ['sort is not split on commas', { sort: ',size' }, {}, ['sort']],
    ['blank first key gives the default', { sort: ['', 'size'] }, {}, []],
    [
      'errors in parameter order',
      { shape: 'x', colour: 'y', dir: 'z', sort: 'Size' },
      {},
      ['sort', 'dir', 'colour', 'shape'],
    ],
  ])('%s', (_name, params, view, errorParams) => {
    const r = parseTableView(params, SPEC);
    expect(r.query).toEqual({ ...DEFAULT, ...view });
    expect(r.errors.map((e) => e.parameter)).toEqual(errorParams);
  });

  it.each<[SearchParams]>([[{ sort: ',size' }], [{ sort: 'size,name' }]])(
    'reads %j as one unknown sort value, as every table does',
    (params) => {
      expect(parseTableView(params, SPEC)).toEqual({
        query: DEFAULT,
        errors: [{ error: 'unknown value', parameter: 'sort', allowed: 'name, size' }],
      });
    },
  );

  it('names the allowed values and never echoes the rejected one', () => {
    const evil = '<script>alert(1)</script>';
    const { errors } = parseTableView({ sort: evil, dir: evil, colour: evil }, SPEC);
    expect(errors).toEqual([
      { error: 'unknown value', parameter: 'sort', allowed: 'name, size' },
      { error: 'unknown value', parameter: 'dir', allowed: 'asc, desc' },
      { error: 'unknown value', parameter: 'colour', allowed: 'red, green, blue' },
    ]);
    expect(JSON.stringify(errors)).not.toContain('script');
  });
});

describe('tableViewHref', () => {
  it.each<[string, object, string, Record<string, string | undefined>, string]>([
    ['defaults omitted', {}, 'top', {}, '/t#top'],
    ['no hash', { dir: 'desc' }, '', {}, '/t?dir=desc'],
    [
      'lists in canonical order, then extras',
      { sort: 'size', colour: ['blue', 'red'], shape: ['flat'] },
      'top',
      { x: '1', y: undefined },
      '/t?sort=size&colour=red,blue&shape=flat&x=1#top',
    ],
  ])('%s', (_name, view, hash, extra, expected) => {
    expect(tableViewHref('/t', SPEC, { ...DEFAULT, ...view }, hash, extra)).toBe(expected);
  });

  it('round-trips through parseTableView', () => {
    const view: View = { sort: 'size', dir: 'desc', colour: ['green'], shape: ['round', 'flat'] };
    const url = new URL(tableViewHref('/t', SPEC, view, ''), 'http://x');
    expect(parseTableView(Object.fromEntries(url.searchParams), SPEC)).toEqual({
      query: view,
      errors: [],
    });
  });
});

interface Thing {
  id: string;
  size: number;
  colour: string;
}
const helper = columnHelper<Thing>();
const TABLE: TableDef<Thing> = {
  columns: helper.columns([
    helper.accessor('size', { sortFn: byNumber }),
    helper.accessor('colour', { sortFn: byCode, filterFn: oneOf }),
    helper.accessor('id', { sortFn: byCode }),
  ]),
  getRowId: (r) => r.id,
  ties: ['colour', 'id'],
};
const THINGS: Thing[] = [
  { id: 'd', size: 2, colour: 'red' },
  { id: 'c', size: 1, colour: 'red' },
  { id: 'b', size: 2, colour: 'blue' },
  { id: 'a', size: 2, colour: 'red' },
];

describe('applyTableView', () => {
  it.each<[string, { sort: string; dir: 'asc' | 'desc' }, Record<string, string[]>, string[]]>([
    ['ties by colour then id', { sort: 'size', dir: 'asc' }, {}, ['c', 'b', 'a', 'd']],
    ['ties stay ascending', { sort: 'size', dir: 'desc' }, {}, ['b', 'a', 'd', 'c']],
    ['by a tie column, descending', { sort: 'colour', dir: 'desc' }, {}, ['a', 'c', 'd', 'b']],
    ['empty filter keeps all', { sort: 'id', dir: 'asc' }, { colour: [] }, ['a', 'b', 'c', 'd']],
    ['filter', { sort: 'id', dir: 'asc' }, { colour: ['blue'] }, ['b']],
    ['filter matching nothing', { sort: 'id', dir: 'asc' }, { colour: ['green'] }, []],
  ])('%s', (_name, view, filters, expected) => {
    expect(applyTableView(THINGS, TABLE, view, filters).map((r) => r.id)).toEqual(expected);
  });

  it('returns nothing for no rows and does not mutate its input', () => {
    expect(applyTableView([], TABLE, { sort: 'size', dir: 'asc' }, {})).toEqual([]);
    const copy = [...THINGS];
    applyTableView(THINGS, TABLE, { sort: 'size', dir: 'desc' }, {});
    expect(THINGS).toEqual(copy);
  });
});

describe('compareText', () => {
  it.each<[string, string, number]>([
    ['H2 2007', 'h10 2007', -1],
    ['Kazakh', 'kazakh', 0],
    ['b', 'a', 1],
  ])('%s vs %s → %d', (a, b, expected) => {
    expect(Math.sign(compareText(a, b))).toBe(expected);
  });
});
