import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/types';
import { getDataset } from '../datasets';
import { DATASET_RECORD_FIELDS, datasetJson, datasetRecords } from './dataset-records';

describe('datasetRecords', () => {
  const d = getDataset();
  const records = datasetRecords(d);

  it('has every observation, growth statement, product, running total and target, values untouched', () => {
    expect(records.map((r) => [r.recordType, r.id, r.value, r.qualifier])).toEqual([
      ...d.observations.map((o) => ['observation', o.id, o.value, o.qualifier ?? null]),
      ...(d.growthStatements ?? []).map((g) => ['growth-statement', g.id, null, null]),
      ...(d.products ?? []).map((p) => ['product', p.id, p.valueUsdBn ?? null, null]),
      ...(d.cumulative ?? []).map((c) => ['checkpoint', c.id, c.value, c.qualifier ?? null]),
      ...d.targets.map((t) => ['target', t.id, t.value, t.qualifier ?? null]),
    ]);
  });

  it('labels whose statistics every record is, except targets', () => {
    for (const r of records) {
      if (r.recordType !== 'target') expect(r.statisticLabel).toMatch(/\w/);
      else expect([r.statistic, r.statisticLabel]).toEqual([null, null]);
    }
  });

  it('names a copy by its original publisher and the copy site', () => {
    const r = records.find((x) => x.id === 'crude-2007-unstated');
    expect([r?.sourcePublisher, r?.sourceCopyAt]).toEqual(['CNPC', 'en.hongxingpaper.com']);
  });

  it('gives every record its source URL from the dataset', () => {
    const urls = new Map(d.sources.map((s) => [s.id, s.url]));
    for (const r of records) expect(r.sourceUrl).toBe(urls.get(r.sourceId));
  });

  it('has exactly the declared fields', () => {
    for (const r of records)
      expect(Object.keys(r).sort()).toEqual([...DATASET_RECORD_FIELDS].sort());
  });

  it('is empty for an empty dataset', () => {
    const empty: Dataset = {
      ...d,
      observations: [],
      targets: [],
      growthStatements: [],
      products: [],
      cumulative: [],
    };
    expect(datasetRecords(empty)).toEqual([]);
  });
});

describe('datasetJson', () => {
  it('lists the dataset, fields, records and every source', () => {
    const d = getDataset();
    const j = datasetJson(d);
    expect(j.dataset).toEqual({ id: d.id, title: d.title, partners: d.partners });
    expect(j.sources.map((s) => s.id)).toEqual(d.sources.map((s) => s.id));
    expect(j.records).toHaveLength(datasetRecords(d).length);
    expect(j.events).toHaveLength(d.events.length);
    expect(j.conflicts.map((c) => c.id)).toEqual((d.conflicts ?? []).map((c) => c.id));
  });

  it('adds the derived figures, rounded at the edge', () => {
    const derived = datasetJson(getDataset()).derived;
    // 28.5 − 22.53 = 5.969999999999999 in binary; 5.97 in the export.
    expect(
      derived.mirrorGaps.find((g) => g.series === 'trade-turnover' && g.year === 2013),
    ).toEqual({
      series: 'trade-turnover',
      year: 2013,
      cnId: 'trade-2013-cn-customs',
      kzId: 'trade-2013-kz-ministry',
      gapUsdBn: 5.97,
      gapPctOfKz: 26.5,
    });
    // 14.334 − 8.193 (Kazakh ministry, 2013) and 16.3 − 24.7 (Chinese customs, 2023).
    expect(derived.directionBalances.map((b) => [b.year, b.side, b.balanceUsdBn])).toEqual([
      [2013, 'CN', 3.5],
      [2013, 'KZ', 6.141],
      [2021, 'unstated', -2.71],
      [2022, 'KZ', 2.2],
      [2023, 'CN', -8.4],
    ]);
    expect(JSON.stringify(derived)).not.toMatch(/\d\.\d{9,}/);
  });
});
