'use client';

import { useState, useSyncExternalStore } from 'react';
import { autoHeightSnippet, embedSnippet } from '@/lib/export/embed-snippet';

const noSubscribe = () => () => {};

/** One snippet in a read-only textarea and a button copying it. */
function SnippetBox({
  id,
  copyId,
  label,
  snippet,
  disabled,
}: {
  id: string;
  copyId: string;
  label: string;
  snippet: string;
  disabled: boolean;
}) {
  const [status, setStatus] = useState('');
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
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        data-testid={id}
        readOnly
        rows={3}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <button type="button" onClick={copy} disabled={disabled} data-testid={copyId}>
        Copy embed code
      </button>{' '}
      <span role="status">{status}</span>
    </div>
  );
}

/**
 * The embed code: the plain iframe (the default: no script, works on any page) and, folded
 * beside it, the auto-height code for pages that allow scripts. The server renders the snippets
 * with a root-relative src (works with JS off, to be completed by hand); in the browser the src
 * becomes absolute with this page's origin, which is what a copy needs.
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
  const src = origin + path;
  return (
    <>
      <SnippetBox
        id="embed-snippet"
        copyId="copy-embed"
        label="Paste this HTML into your page:"
        snippet={embedSnippet({ src, title, height })}
        disabled={origin === ''}
      />
      <details data-testid="embed-auto-height">
        <summary>Auto-height code, for pages that allow scripts</summary>
        <p>
          Use the plain code above anywhere, even where scripts are stripped (many content systems,
          newsletters): its height fits the chart in a phone-wide frame and leaves space below it in
          wider ones. Where your page may run a script, this code also makes the frame exactly as
          tall as the chart at any width.
        </p>
        <SnippetBox
          id="embed-snippet-auto"
          copyId="copy-embed-auto"
          label="Auto-height HTML:"
          snippet={autoHeightSnippet({ src, title, height, origin })}
          disabled={origin === ''}
        />
      </details>
    </>
  );
}
