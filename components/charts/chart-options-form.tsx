import Link from 'next/link';
import { MARK_KINDS, type ChartSpec, type MarkKind } from 'chart-render';
import type { ChartOptions } from '@/lib/charts/registry';
import {
  highlightIds,
  seriesStatistic,
  VIEW_STATISTICS,
  VIEW_TEXT_LIMITS,
  type ViewStatistic,
} from '@/lib/charts/view';
import { annotationSuggestions } from '@/lib/charts/annotations';
import {
  CAGR_ALLOWED,
  chartOptionsQuery,
  DIFF_ALLOWED,
  eventsQueryValue,
  PERIOD_ALLOWED,
} from '@/lib/export/chart-options';
import { ChartOptionsPreview } from './chart-options-preview';
import styles from './export-panel.module.css';

const STAT_LABEL: Record<ViewStatistic, string> = {
  cn: 'Chinese statistics',
  kz: 'Kazakh statistics',
  unstated: 'Statistics unstated',
};

const KIND_LABEL: Record<MarkKind, string> = {
  reported: 'Reported',
  'half-year': 'Part-year',
  estimate: 'Computed',
  projection: 'Targets and forecasts',
};

/**
 * The chart's options as a GET form to the chart's own page, so a view is a URL and works
 * without JavaScript. `base` is the dashboard's chart: its years, sides, kinds and series are
 * the choices; `options` fills the fields; `deck` rides along as a hidden field. With
 * JavaScript, ChartOptionsPreview redraws the chart as the fields change.
 */
export function ChartOptionsForm({
  base,
  options,
  deck,
}: {
  base: ChartSpec;
  options: ChartOptions;
  /** The deck the reader came from (its query), kept so "Add to deck" appends to it. */
  deck?: string;
}) {
  const first = Math.floor(base.bands[0]?.start ?? 0);
  const last = Math.ceil(base.bands.at(-1)?.end ?? 1) - 1;
  const stats = VIEW_STATISTICS.filter((s) => base.series.some((x) => seriesStatistic(x) === s));
  const kinds = MARK_KINDS.filter((k) => base.series.some((x) => x.kind === k));
  const names = new Map(base.series.map((s) => [s.id, s.name]));
  const events = eventsQueryValue(options);
  const written = chartOptionsQuery(options);
  const suggested = annotationSuggestions(base);
  return (
    <form
      method="get"
      action={`/charts/${base.id}`}
      className={styles.form}
      data-testid="chart-options-form"
      aria-labelledby="options-heading"
    >
      <h2 id="options-heading">Make this chart yours</h2>
      {deck !== undefined && <input type="hidden" name="deck" value={deck} />}
      <label>
        From
        <input type="number" name="from" min={first} max={last} defaultValue={options.from} />
      </label>
      <label>
        To
        <input type="number" name="to" min={first} max={last} defaultValue={options.to} />
      </label>
      {stats.length > 1 && (
        <fieldset>
          <legend>Whose statistics</legend>
          {stats.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                name="stat"
                value={s}
                defaultChecked={!options.stat || options.stat.includes(s)}
              />
              {STAT_LABEL[s]}
            </label>
          ))}
        </fieldset>
      )}
      {kinds.length > 1 && (
        <fieldset>
          <legend>Kinds of figure</legend>
          {kinds.map((k) => (
            <label key={k}>
              <input
                type="checkbox"
                name="kind"
                value={k}
                defaultChecked={!options.kind || options.kind.includes(k)}
              />
              {KIND_LABEL[k]}
            </label>
          ))}
        </fieldset>
      )}
      {base.events.length > 0 && (
        <span>
          <label htmlFor="option-events">Events</label>{' '}
          <select
            id="option-events"
            name="events"
            defaultValue={events === 'off' ? 'off' : (events ?? 'on')}
          >
            <option value="on">Shown</option>
            <option value="off">Hidden</option>
            {events !== undefined && events !== 'off' && (
              <option value={events}>The chosen events</option>
            )}
          </select>
        </span>
      )}
      <span>
        <label htmlFor="option-highlight">Highlight</label>{' '}
        <select id="option-highlight" name="highlight" defaultValue={options.highlight ?? ''}>
          <option value="">Nothing</option>
          {highlightIds(base).map((id) => (
            <option key={id} value={id}>
              {names.get(id)}
            </option>
          ))}
        </select>
      </span>
      <fieldset>
        <legend>Annotations</legend>
        <label>
          Shade years
          <input
            type="text"
            name="period"
            inputMode="numeric"
            placeholder={`${first}-${last}`}
            pattern="\s*\d{4}(\s*[\-–]\s*\d{4})?\s*"
            title={PERIOD_ALLOWED}
            defaultValue={written.period}
          />
        </label>
        <label>
          Difference arrow
          <input
            type="text"
            name="diff"
            list="option-diff-list"
            maxLength={200}
            title={DIFF_ALLOWED}
            aria-describedby="option-annotations-help"
            defaultValue={written.diff}
          />
        </label>
        <datalist id="option-diff-list">
          {suggested.diff.map((o) => (
            <option key={o.value} value={o.value} label={o.label} />
          ))}
        </datalist>
        {suggested.cagr.length > 0 && (
          <>
            <label>
              CAGR arrow
              <input
                type="text"
                name="cagr"
                list="option-cagr-list"
                maxLength={200}
                title={CAGR_ALLOWED}
                aria-describedby="option-annotations-help"
                defaultValue={written.cagr}
              />
            </label>
            <datalist id="option-cagr-list">
              {suggested.cagr.map((o) => (
                <option key={o.value} value={o.value} label={o.label} />
              ))}
            </datalist>
          </>
        )}
        <p id="option-annotations-help" className="muted">
          Difference: <code>series:period,series:period</code>, the measured mark first (e.g.{' '}
          <code>{suggested.diff[0]?.value ?? 'series-a:2021,series-b:2021'}</code>); CAGR:{' '}
          <code>series:from-to</code>. The figures are computed from the plotted values (variance
          and CAGR in lib/growth.ts), never typed.
        </p>
      </fieldset>
      <label>
        Your title
        <input
          type="text"
          name="title"
          maxLength={VIEW_TEXT_LIMITS.title}
          defaultValue={options.title}
        />
      </label>
      <label>
        Your subtitle
        <input
          type="text"
          name="subtitle"
          maxLength={VIEW_TEXT_LIMITS.subtitle}
          defaultValue={options.subtitle}
        />
      </label>
      <label>
        Your note
        <input
          type="text"
          name="note"
          maxLength={VIEW_TEXT_LIMITS.note}
          defaultValue={options.note}
        />
      </label>
      <ChartOptionsPreview chartId={base.id} />
      <button type="submit">Show this view</button>
      <Link
        href={`/charts/${base.id}${deck === undefined ? '' : `?${new URLSearchParams({ deck })}`}`}
      >
        Reset
      </Link>
    </form>
  );
}
