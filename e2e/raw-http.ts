import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';

/** An HTTP answer: status, headers (lower-case names; repeated ones joined) and body. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One request sent with Node's client, so any method (TRACE, PROPFIND) and any header value
 * goes out as given, and the path is not normalised.
 */
export function send(
  base: string,
  path: string,
  o: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    // A body gets its length: Node's client sends DELETE and TRACE bodies unframed otherwise.
    const headers =
      o.body === undefined
        ? o.headers
        : { ...o.headers, 'Content-Length': String(Buffer.byteLength(o.body)) };
    const req = httpRequest(
      { host: hostname, port, path, method: o.method ?? 'GET', headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(res.headers).map(([k, v]) => [
                k,
                Array.isArray(v) ? v.join(', ') : String(v),
              ]),
            ),
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout ${path}`)));
    req.end(o.body);
  });
}

/**
 * Bytes written as they are on a fresh connection (for what Node's client will not send: a
 * method its parser does not know, CONNECT); the answer parsed, or status 0 if none came.
 */
export function sendRaw(base: string, text: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => socket.write(text));
    const done = () => {
      const all = Buffer.concat(chunks);
      const end = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, end < 0 ? all.length : end).toString('latin1');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const i = line.indexOf(':');
        if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
      }
      resolve({
        status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0),
        headers,
        body: end < 0 ? Buffer.alloc(0) : all.subarray(end + 4),
      });
    };
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', done);
    socket.on('error', () => {});
    socket.setTimeout(10_000, () => socket.destroy());
  });
}
