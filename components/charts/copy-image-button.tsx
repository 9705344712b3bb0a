'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/**
 * Copies a PNG to the clipboard. The fetch is handed to ClipboardItem as a promise, so Safari
 * still counts the click as the user gesture. Disabled until hydrated or where unsupported.
 */
export function CopyImageButton({ src, label }: { src: string; label: string }) {
  const supported = useSyncExternalStore(
    noSubscribe,
    () => typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write,
    () => false,
  );
  const [status, setStatus] = useState('');
  async function copy() {
    setStatus('Copying…');
    try {
      const png = fetch(src).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.blob();
      });
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      setStatus('Image copied: paste it into your slides.');
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
