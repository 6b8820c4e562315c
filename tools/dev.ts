// `npm start [-- --port N]` (and `npm run dev`): the dev server on port N (default 4321). When that port is
// taken (another `npm start` still running, say), it says so in Chinese and uses the next free one, instead
// of Astro moving on with an English line. Other options go to `astro dev` as they are.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/** What `astro dev` gets besides the port; `--port` is read here. */
const passOn: string[] = [];
let requested: string | undefined;
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index]!;
  // A `--` typed once too often (`npm start -- -- --port 4400`, the old way) is dropped.
  if (arg === '--') continue;
  if (arg === '--port') requested = args[(index += 1)];
  else if (arg.startsWith('--port=')) requested = arg.slice('--port='.length);
  else passOn.push(arg);
}

const wanted = requested === undefined ? 4321 : Number(requested);
if (!Number.isInteger(wanted) || wanted < 1 || wanted > 65535) {
  console.error(`✗ 端口要写成 1 到 65535 之间的数字，例如 npm start -- --port 4400（现在是 “${requested}”）。`);
  process.exit(1);
}

/** The dev server Astro recorded for this folder (`.astro/dev.json`), when its process still runs. */
function runningHere(): { url: string; pid: number } | null {
  try {
    const { url, pid } = JSON.parse(readFileSync(join(root, '.astro/dev.json'), 'utf8')) as {
      url: string;
      pid: number;
    };
    process.kill(pid, 0);
    return { url, pid };
  } catch {
    return null;
  }
}

// Astro 7 runs one dev server per project folder and refuses a second one in English.
const running = runningHere();
if (running) {
  console.error(
    `✗ 这个文件夹里已经有一个预览在运行：${running.url}（进程 ${running.pid}）。直接在浏览器里打开它就行；`,
  );
  console.error('  要重新启动，先在运行它的终端窗口按 Ctrl + C，再运行 npm start。');
  process.exit(1);
}

/** Whether nothing listens on `port`, on any address. */
const isFree = (port: number) =>
  new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen({ port }, () => probe.close(() => done(true)));
  });

let port = wanted;
while (!(await isFree(port))) port += 1;
if (port !== wanted) {
  console.log(
    `› 端口 ${wanted} 已被占用（可能另一个 npm start 还开着），这次改用端口 ${port}：请打开 http://localhost:${port}/`,
  );
  console.log(`  想用别的端口，可以运行 npm start -- --port 端口号；要停掉旧的预览，在它的终端窗口按 Ctrl + C。`);
}

const astro = spawn(join(root, 'node_modules/.bin/astro'), ['dev', '--port', String(port), ...passOn], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => astro.kill(signal));
astro.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
