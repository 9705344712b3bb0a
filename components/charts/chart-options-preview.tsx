'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import styles from './export-panel.module.css';

/** Quiet time after the last keystroke or click before the preview is redrawn, in ms. */
const DEBOUNCE_MS = 350;

/**
 * Live preview for the chart options form it sits in (a GET form that works without
 * JavaScript). On a change it asks the chart's SVG export route whether the form's view can be
 * drawn; if so the page re-renders in place for the new query (Next's router.replace: the URL
 * follows through history.replaceState, no reload), figure, phone drawing, table and export
 * links alike; if not, the route's 400 message is shown here and the last view stays.
 */
export function ChartOptionsPreview({ chartId }: { chartId: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const router = useRouter();
  const [status, setStatus] = useState('');

  useEffect(() => {
    const form = ref.current!.closest('form')!;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seq = 0;
    const redraw = async () => {
      const mine = ++seq;
      const bad = form.querySelector<HTMLInputElement>('input:invalid');
      if (bad) {
        setStatus(`${bad.labels?.[0]?.textContent ?? bad.name}: ${bad.validationMessage}`);
        return;
      }
      const q = new URLSearchParams();
      for (const [k, v] of new FormData(form)) if (v !== '') q.append(k, v as string);
      const query = q.size > 0 ? `?${q}` : '';
      let error = '';
      try {
        const res = await fetch(`/api/charts/${chartId}/svg${query}`);
        if (!res.ok) {
          const e = (await res.json()) as { error: string; parameter: string; allowed: string };
          error = `Parameter “${e.parameter}”: ${e.error}; allowed: ${e.allowed}`;
        }
      } catch {
        error = 'The preview could not be updated: use “Show this view”.';
      }
      if (mine !== seq) return;
      setStatus(error);
      if (!error) router.replace(`${form.getAttribute('action')}${query}`, { scroll: false });
    };
    const onInput = () => {
      clearTimeout(timer);
      timer = setTimeout(redraw, DEBOUNCE_MS);
    };
    form.addEventListener('input', onInput);
    return () => {
      clearTimeout(timer);
      form.removeEventListener('input', onInput);
    };
  }, [chartId, router]);

  return (
    <p
      ref={ref}
      role="status"
      data-testid="options-preview-status"
      className={styles.previewStatus}
    >
      {status}
    </p>
  );
}
