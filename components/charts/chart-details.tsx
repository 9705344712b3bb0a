'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';

type Mark = SVGElement & { dataset: DOMStringMap };

/** The marks of the chart variant on screen (phone or desktop), left to right. */
function marksOf(chart: Element): Mark[] {
  const svg = [...chart.querySelectorAll('svg[role="img"]')].find(
    (s) => s.getClientRects().length > 0,
  );
  if (!svg) return [];
  return [...svg.querySelectorAll<Mark>('[data-tip]')].sort(
    (a, b) =>
      Number(a.dataset.category) - Number(b.dataset.category) ||
      Number(a.dataset.series) - Number(b.dataset.series),
  );
}

/**
 * Hover and keyboard details for every server-drawn chart of the page: each mark carries its
 * text in `data-tip`; this shows it in a tooltip on hover, and makes each chart one tab stop
 * whose arrow keys walk its marks, announcing each through a live region. Without JavaScript
 * the same figures are in each chart's data table.
 */
export function ChartDetails() {
  const tipRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const pathname = usePathname();

  useEffect(() => {
    const tip = tipRef.current!;
    const live = liveRef.current!;
    const charts = [...document.querySelectorAll<HTMLElement>('[data-chart-details]')];
    let active: Mark | null = null;

    const show = (m: Mark | null, announce: boolean) => {
      active?.classList.remove('chart-active');
      active = m;
      if (!m) {
        tip.hidden = true;
        return;
      }
      m.classList.add('chart-active');
      tip.textContent = m.dataset.tip ?? '';
      tip.hidden = false;
      const r = m.getBoundingClientRect();
      const w = tip.offsetWidth;
      const left = Math.min(Math.max(4, r.left + r.width / 2 - w / 2), innerWidth - w - 4);
      const above = r.top - tip.offsetHeight - 8;
      tip.style.left = `${left + scrollX}px`;
      tip.style.top = `${(above > 0 ? above : r.bottom + 8) + scrollY}px`;
      if (announce) live.textContent = (m.dataset.tip ?? '').replace(/\n/g, '. ');
    };

    const onOver = (e: Event) => {
      const m = (e.target as Element).closest?.('[data-tip]') as Mark | null;
      if (m) show(m, false);
      else if (active && !(e.target as Element).closest?.('[data-chart-details]:focus'))
        show(null, false);
    };
    const onKey = (e: KeyboardEvent) => {
      const chart = e.currentTarget as HTMLElement;
      const marks = marksOf(chart);
      if (marks.length === 0) return;
      const i = active ? marks.indexOf(active) : -1;
      const next: Record<string, number> = {
        ArrowRight: i + 1,
        ArrowDown: i + 1,
        ArrowLeft: i - 1,
        ArrowUp: i - 1,
        Home: 0,
        End: marks.length - 1,
      };
      if (e.key === 'Escape') return show(null, false);
      const n = next[e.key];
      if (n === undefined) return;
      e.preventDefault();
      show(marks[Math.min(Math.max(n, 0), marks.length - 1)]!, true);
    };
    const onFocus = (e: FocusEvent) => show(marksOf(e.currentTarget as Element)[0] ?? null, true);
    const onBlur = () => show(null, false);

    for (const c of charts) {
      c.tabIndex = 0;
      c.setAttribute('role', 'group');
      c.setAttribute(
        'aria-label',
        `${c.dataset.chartDetails}: figures one by one with the arrow keys`,
      );
      c.addEventListener('keydown', onKey);
      c.addEventListener('focus', onFocus);
      c.addEventListener('blur', onBlur);
    }
    document.addEventListener('pointerover', onOver);
    return () => {
      show(null, false);
      document.removeEventListener('pointerover', onOver);
      for (const c of charts) {
        c.removeEventListener('keydown', onKey);
        c.removeEventListener('focus', onFocus);
        c.removeEventListener('blur', onBlur);
      }
    };
  }, [pathname]);

  return (
    <>
      <div ref={tipRef} className="chart-tip" data-testid="chart-tip" hidden aria-hidden="true" />
      <div ref={liveRef} className="visually-hidden" aria-live="polite" data-testid="chart-live" />
    </>
  );
}
