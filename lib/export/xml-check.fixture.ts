/**
 * Problems that make `xml` not well-formed, for tests of generated Office XML: unbalanced or
 * misnested tags, unquoted attributes, a bare `&` or `<` in text, more than one root. Empty when
 * well-formed. Covers what our writers emit (no comments, CDATA or DTDs).
 *
 * @example xmlProblems('<a><b></a>') // → ['</a> closes <b>']
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<[^>]*>|[^<]+/g)) {
    const token = m[0];
    if (!token.startsWith('<')) {
      if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(token)) {
        problems.push(`bare & in ${token.slice(0, 40)}`);
      }
      if (stack.length === 0 && token.trim() !== '') problems.push('text outside the root');
      continue;
    }
    const close = /^<\/([\w:.-]+)\s*>$/.exec(token);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) problems.push(`</${close[1]}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    const tag = /^<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
    if (!tag) {
      problems.push(`bad tag ${token.slice(0, 60)}`);
      continue;
    }
    if (stack.length === 0) roots++;
    if (tag[3] !== '/') stack.push(tag[1]!);
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
