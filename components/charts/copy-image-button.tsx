'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/** The fields of the size form the copied image follows (the PNG route's own parameters). */
const FORM_FIELDS = ['width', 'height', 'scale', 'theme'] as const;

const field = (form: HTMLFormElement, name: string): string => {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : '';
};

/**
 * Copies a PNG to the clipboard at the width, height, scale and theme chosen in the form
 * `formId` (the custom-size form), so what is copied is what is selected. The fetch is handed
 * to ClipboardItem as a promise, so Safari still counts the click as the user gesture.
 * Disabled until hydrated or where unsupported.
 */
export function CopyImageButton({
  src,
  formId,
  label,
}: {
  src: string;
  formId: string;
  label: string;
}) {
  const supported = useSyncExternalStore(
    noSubscribe,
    () => typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write,
    () => false,
  );
  const [status, setStatus] = useState('');
  async function copy() {
    const form = document.getElementById(formId);
    const url = new URL(src, window.location.href);
    let size = '1920×1080';
    let theme = 'light';
    if (form instanceof HTMLFormElement) {
      if (!form.reportValidity()) return;
      // Only what was changed: the default view stays the cached default image.
      const changed = FORM_FIELDS.map((f) => form.elements.namedItem(f)).filter(
        (el) =>
          (el instanceof HTMLInputElement && el.value !== el.defaultValue) ||
          (el instanceof HTMLSelectElement && !el.selectedOptions[0]?.defaultSelected),
      );
      if (changed.length > 0) {
        for (const f of FORM_FIELDS) {
          const el = form.elements.namedItem(f);
          if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) {
            url.searchParams.set(f, el.value);
          }
        }
      }
      const scale = field(form, 'scale');
      size = `${field(form, 'width')}×${field(form, 'height')}${scale !== '1' ? ` at ${scale}×` : ''}`;
      theme = field(form, 'theme');
    }
    const what = `${size}, ${theme}`;
    setStatus('Copying…');
    try {
      const png = fetch(url).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.blob();
      });
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      setStatus(`Image copied (${what}): paste it into your slides.`);
    } catch {
      setStatus('Copying failed: download the PNG instead.');
    }
  }
  return (
    <>
      <button type="button" onClick={copy} disabled={!supported} data-testid="copy-image">
        {label}
      </button>{' '}
      <span role="status">{status}</span>
    </>
  );
}
