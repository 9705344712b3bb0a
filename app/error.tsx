'use client';
// Next requires an error boundary to be a client component.

import Link from 'next/link';

/**
 * What a page shows when it failed to render: an apology and a way on, never the error's
 * message or stack (they may name files or input). The digest matches the server log's entry.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section className="status-page" data-testid="error-page" role="alert">
      <h1>This page could not be shown</h1>
      <p className="lede">
        Something went wrong while building it. The figures are unchanged; try again, or go to{' '}
        <Link href="/">the overview</Link>.
      </p>
      <p>
        <button type="button" onClick={() => reset()}>
          Try again
        </button>
      </p>
      {error.digest ? <p className="status-digest">Reference: {error.digest}</p> : null}
    </section>
  );
}
