import { describe, expect, it } from 'vitest';
import { isQueryRenderPath, queryRenderPath } from './static-pages';

describe('queryRenderPath', () => {
  it.each<[string, string, string | null]>([
    ['/', '?sort=value&dir=desc', '/q'],
    ['/', '', null],
    ['/', '?', null],
    ['/trade', '?events=off', '/q/trade'],
    ['/energy', '?events=off', '/q/energy'],
    ['/projections', '?sort=status', '/q/projections'],
    ['/events', '?category=energy', '/q/events'],
    ['/charts/trade-trend', '?theme=dark', '/q/charts/trade-trend'],
    // Pages that read no query are served as built, whatever the query.
    ['/sources', '?x=1', null],
    ['/sources/conflicts', '?x=1', null],
    ['/charts', '?x=1', null],
    ['/charts/trade-trend/og.png', '?x=1', null],
  ])('%s%s → %s', (path, search, want) => {
    expect(queryRenderPath(path, search)).toBe(want);
  });
});

describe('isQueryRenderPath', () => {
  it.each<[string, boolean]>([
    ['/q', true],
    ['/q/trade', true],
    ['/q/charts/trade-trend', true],
    ['/quarterly', false],
    ['/', false],
  ])('%s → %s', (path, want) => {
    expect(isQueryRenderPath(path)).toBe(want);
  });
});
