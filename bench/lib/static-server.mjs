import { spawn } from 'node:child_process';

/** The whole server: one response held in memory, as a CDN edge or nginx would serve a file. */
const SERVER_SOURCE = `
const http = require('node:http');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const body = Buffer.concat(chunks);
  const type = process.argv[2];
  http
    .createServer((req, res) => {
      res.writeHead(200, { 'content-type': type, 'content-length': body.byteLength });
      res.end(body);
    })
    .listen(Number(process.argv[1]), '127.0.0.1', () => process.stdout.write('ready\\n'));
});
`;

/**
 * Starts a minimal node:http server in its own process that answers every request with `body`,
 * the baseline for "the same bytes as a static file". Resolves once it listens.
 * @param {{ port: number; body: Buffer; contentType: string }} o
 */
export async function startStaticServer({ port, body, contentType }) {
  const child = spawn(process.execPath, ['-e', SERVER_SOURCE, String(port), contentType], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  await new Promise((resolve, reject) => {
    child.stdout.once('data', resolve);
    child.once('exit', (code) => reject(new Error(`static server exited (${code})`)));
    child.stdin.end(body);
  });
  return {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
