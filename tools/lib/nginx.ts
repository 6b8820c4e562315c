// Runs Debian's nginx with deploy/nginx.conf on a loopback port, for the e2e tests and the load benchmark.
// Only relative imports with extensions and node: modules here: tools/bench runs this file with plain Node.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const deployConfig = new URL('../../deploy/nginx.conf', import.meta.url);
/** Debian's nginx is in /usr/sbin, which a non-root PATH often lacks. */
const nginxBinary = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

/** A running nginx serving a built site. */
export interface NginxServer {
  origin: string;
  /** Every request nginx has answered so far, as `GET /path/ 200 1234` (the last field: bytes of the body sent, gzip when compressed). */
  requests(): string[];
  /** Serves another built site from the next request on, as an atomic deploy does (swaps a symlink). */
  serve(siteDir: string): void;
  stop(): Promise<void>;
}

/** Replaces the one line that `pattern` matches, or fails if deploy/nginx.conf no longer has exactly one. */
function replaceLine(config: string, pattern: RegExp, replacement: string): string {
  const matches = config.match(new RegExp(pattern.source, 'gm')) ?? [];
  if (matches.length !== 1)
    throw new Error(`deploy/nginx.conf: expected one line matching ${pattern}, found ${matches.length}`);
  return config.replace(new RegExp(pattern.source, 'm'), replacement);
}

/** deploy/nginx.conf, listening on 127.0.0.1:`port` only and serving `root`; nothing else is changed. */
function loopbackConfig(port: number, root: string): string {
  let config = readFileSync(deployConfig, 'utf8');
  config = replaceLine(config, /^(\s*)listen 80;$/, `$1listen 127.0.0.1:${port};`);
  config = replaceLine(config, /^\s*listen \[::\]:80;\n/, '');
  return replaceLine(config, /^(\s*)root [^;]+;$/, `$1root ${root};`);
}

/** The main configuration around the server block: everything in a private prefix, in the foreground. */
function mainConfig(prefix: string): string {
  const temporaryPaths = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
    (kind) => `${kind}_temp_path ${prefix}/${kind};`,
  );
  return [
    'daemon off;',
    // As root, nginx's workers would run as `nobody`, who may not read a checkout under /root.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes auto;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  sendfile on;',
    "  log_format requests '$request_method $request_uri $status $body_bytes_sent';",
    `  access_log ${prefix}/access.log requests;`,
    ...temporaryPaths.map((line) => `  ${line}`),
    `  include ${prefix}/site.conf;`,
    '}',
  ].join('\n');
}

/** Starts nginx on 127.0.0.1:`port` serving `siteDir` with deploy/nginx.conf; resolves once it answers. */
export async function startNginx({ siteDir, port }: { siteDir: string; port: number }): Promise<NginxServer> {
  const origin = `http://127.0.0.1:${port}`;
  // Otherwise the tests could talk to whatever already listens there while nginx fails to bind.
  if (await answers(origin)) throw new Error(`port ${port} is already in use; set E2E_NGINX_PORT to a free one`);
  const prefix = mkdtempSync(join(tmpdir(), 'esim-guide-nginx-'));
  const siteLink = join(prefix, 'site');
  symlinkSync(siteDir, siteLink);
  writeFileSync(join(prefix, 'site.conf'), loopbackConfig(port, siteLink));
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix));
  const errorLog = join(prefix, 'error.log');
  const nginx = spawn(nginxBinary, ['-p', prefix, '-e', errorLog, '-c', join(prefix, 'nginx.conf')], {
    stdio: 'ignore',
  });
  const stopped = new Promise<string>((resolve) => {
    nginx.once('exit', () => resolve(existsSync(errorLog) ? readFileSync(errorLog, 'utf8').trim() : 'exited'));
    nginx.once('error', (error) => resolve(`${error.message} (sh tools/ensure-debian-packages.sh nginx installs it)`));
  });
  const startup = await Promise.race([
    waitUntilAnswering(origin).then((answering) => (answering ? null : `no answer at ${origin} within 10 s`)),
    stopped,
  ]);
  if (startup !== null) {
    nginx.kill();
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx did not start: ${startup}`);
  }
  return {
    origin,
    requests: () => readFileSync(join(prefix, 'access.log'), 'utf8').split('\n').filter(Boolean),
    serve(nextSiteDir) {
      const nextLink = `${siteLink}.next`;
      symlinkSync(nextSiteDir, nextLink);
      renameSync(nextLink, siteLink);
    },
    async stop() {
      nginx.kill('SIGQUIT');
      await stopped;
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

/** Whether anything answers HTTP at `origin`. */
async function answers(origin: string): Promise<boolean> {
  try {
    await fetch(origin, { method: 'HEAD' });
    return true;
  } catch {
    return false;
  }
}

/** Polls `origin` until it answers, for up to 10 s; whether it did. */
async function waitUntilAnswering(origin: string): Promise<boolean> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await answers(origin)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
