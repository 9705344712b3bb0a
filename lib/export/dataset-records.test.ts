import { describe, expect, it } from 'vitest';
import type { Dataset } from '@/data/types';
import { getDataset } from '../datasets';
import { DATASET_RECORD_FIELDS, datasetJson, datasetRecords } from './dataset-records';

describe('datasetRecords', () => {
  const d = getDataset();
  const records = datasetRecords(d);

  it('has every observation then every target, values untouched', () => {
    expect(records).toHaveLength(d.observations.length + d.targets.length);
    expect(records.map((r) => [r.id, r.value])).toEqual([
      ...d.observations.map((o) => [o.id, o.value]),
      ...d.targets.map((t) => [t.id, t.value]),
    ]);
  });

  it('labels whose statistics every observation is, and no target', () => {
    for (const r of records) {
      if (r.recordType === 'observation') expect(r.statisticLabel).toMatch(/\w/);
      else expect([r.statistic, r.statisticLabel]).toEqual([null, null]);
    }
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
    const empty: Dataset = { ...d, observations: [], targets: [] };
    expect(datasetRecords(empty)).toEqual([]);
  });
});

describe('datasetJson', () => {
  it('lists the dataset, fields, records and every source', () => {
    const d = getDataset();
    const j = datasetJson(d);
    expect(j.dataset).toEqual({ id: d.id, title: d.title, partners: d.partners });
    expect(j.sources.map((s) => s.id)).toEqual(d.sources.map((s) => s.id));
    expect(j.records).toHaveLength(d.observations.length + d.targets.length);
  });
});
