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

/**
 * Starts Debian's nginx (one worker, as one `next start` is one thread) serving `body` as a file
 * from disk at every path: "nginx serving the same page from disk". Resolves once it answers.
 * @param {{ port: number; body: Buffer }} o
 */
export async function startNginxStatic({ port, body }) {
  const { mkdtempSync, writeFileSync, rmSync, chmodSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'bench-nginx-static-'));
  chmodSync(dir, 0o755);
  writeFileSync(join(dir, 'index.html'), body);
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${user}
daemon off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  client_body_temp_path ${dir}/t; proxy_temp_path ${dir}/t; fastcgi_temp_path ${dir}/t;
  uwsgi_temp_path ${dir}/t; scgi_temp_path ${dir}/t;
  server {
    listen 127.0.0.1:${port};
    root ${dir};
    location / { default_type 'text/html; charset=utf-8'; try_files /index.html =404; }
  }
}
`,
  );
  const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  process.once('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode})`);
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    base,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
