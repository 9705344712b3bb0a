'use client';

import { useState, useSyncExternalStore } from 'react';
import { embedSnippet } from '@/lib/export/embed-snippet';

const noSubscribe = () => () => {};

/**
 * The embed snippet in a read-only textarea and a button copying it. The server renders the
 * snippet with a root-relative src (works with JS off, to be completed by hand); in the browser
 * the src becomes absolute with this page's origin, which is what a copy needs.
 */
export function EmbedSnippet({
  path,
  title,
  height,
}: {
  path: string;
  title: string;
  height: number;
}) {
  const origin = useSyncExternalStore(
    noSubscribe,
    () => window.location.origin,
    () => '',
  );
  const [status, setStatus] = useState('');
  const snippet = embedSnippet({ src: origin + path, title, height });
  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Embed code copied.');
    } catch {
      setStatus('Copying failed: select the code and copy it by hand.');
    }
  }
  return (
    <div>
      <label htmlFor="embed-snippet">Paste this HTML into your page:</label>
      <textarea
        id="embed-snippet"
        data-testid="embed-snippet"
        readOnly
        rows={3}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" onClick={copy} disabled={origin === ''} data-testid="copy-embed">
        Copy embed code
      </button>{' '}
      <span role="status">{status}</span>
    </div>
  );
}
