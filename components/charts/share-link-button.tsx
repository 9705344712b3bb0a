'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscribe = () => () => {};

/**
 * Copies the permalink of the current view: this page's URL with its query (events shown or
 * not), which opens the same chart for whoever it is sent to. Disabled until hydrated.
 */
export function ShareLinkButton({ label = 'Copy link to this chart' }: { label?: string }) {
  const ready = useSyncExternalStore(
    noSubscribe,
    () => !!navigator.clipboard?.writeText,
    () => false,
  );
  const [status, setStatus] = useState('');
  async function copy() {
    const url = new URL(window.location.href);
    url.hash = '';
    try {
      await navigator.clipboard.writeText(url.href);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying failed: copy the address bar instead.');
    }
  }
  return (
    <>
      <button type="button" onClick={copy} disabled={!ready} data-testid="copy-link">
        {label}
      </button>{' '}
      <span role="status">{status}</span>
    </>
  );
}
