import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from './error';

describe('the error page', () => {
  const error = Object.assign(new Error('ENOENT: /work/secret/path.ts <script>'), {
    digest: '1234567890',
  });
  const html = renderToStaticMarkup(<ErrorPage error={error} reset={() => {}} />);

  it('says what happened and offers a retry and the overview', () => {
    expect(html).toContain('This page could not be shown');
    expect(html).toContain('Try again');
    expect(html).toContain('href="/"');
  });

  it('never shows the message or the stack, only the digest', () => {
    expect(html).not.toContain('ENOENT');
    expect(html).not.toContain('secret');
    expect(html).not.toContain(error.stack!.split('\n')[1]!.trim());
    expect(html).toContain('Reference: 1234567890');
  });
});
