import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { nextReadingOrder } from '../support/content.ts';
import { editorEnvironment } from '../support/environment.ts';
import { parseDocument } from '../support/html.ts';
import { copyProject, projectRoot } from '../../tools/lib/project-copy.ts';

// The preview an editor starts with `npm start`: the port they ask for, a taken port, drafts, and a
// content error shown on the page. Starting Astro takes tens of seconds on a busy machine.
const started: ChildProcess[] = [];

/** Astro would put itself in the background when it believes an automated agent runs it. */
const environment = { ...editorEnvironment, ASTRO_DEV_BACKGROUND: 'off', FORCE_COLOR: '0', NO_COLOR: '1' };

/** Starts a command in its own process group and resolves with its output once Astro says where it serves. */
function startDev(command: string, args: string[], cwd: string): Promise<{ url: string; output: () => string }> {
  const child = spawn(command, args, { cwd, env: environment, detached: true });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const local = /Local\s+(http:\/\/localhost:\d+\/)/.exec(output);
      if (local) resolve({ url: local[1]!, output: () => output });
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.on('exit', (code) => reject(new Error(`${command} ${args.join(' ')} ended (${code}) before serving:\n${output}`)));
  });
}

/** A port nothing listens on, as the system hands it out. */
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen({ port: 0 }, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const page = async (url: string) => {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text() };
};

/** The page at `url` once `shows` holds for it, polled: the file watcher may first see a file before its text is written. */
async function pageOnceIt(url: string, shows: (shown: { status: number; html: string }) => boolean) {
  let shown = await page(url);
  for (let tries = 0; tries < 100 && !shows(shown); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    shown = await page(url);
  }
  return shown;
}

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
});

describe('npm start -- --port N', () => {
  let holder: Server | undefined;

  afterAll(() => {
    holder?.close();
  });

  test('reads the port as typed; when it is taken, says so in Chinese and serves on the port it names', { timeout: 240_000 }, async () => {
    const taken = await freePort();
    holder = createServer().listen({ port: taken });
    const { url, output } = await startDev('npm', ['start', '--', '--port', String(taken)], projectRoot);
    const used = Number(/端口 (\d+) 已被占用.*这次改用端口 (\d+)/.exec(output())?.[2]);
    expect(output()).toContain(`端口 ${taken} 已被占用`);
    expect(used).not.toBe(taken);
    expect(url).toBe(`http://localhost:${used}/`);
    expect((await page(url)).html).toContain('阿塞拜疆 eSIM 续费指南');
    expect(output()).not.toMatch(/Unknown command|is in use, trying another/);

    const second = spawnSync(process.execPath, ['tools/dev.ts'], { cwd: projectRoot, encoding: 'utf8', env: environment });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`这个文件夹里已经有一个预览在运行：http://localhost:${used}`);
  });
});

describe('the dev preview', () => {
  let copy: string;
  const draftSlug = 'draft-in-preview';

  beforeAll(() => {
    copy = copyProject('dev-preview-');
  });

  afterAll(() => {
    rmSync(copy, { recursive: true, force: true });
  });

  test('marks a draft 草稿, names a dead link above the page and shows an unrenderable page or a broken frontmatter in Chinese', { timeout: 240_000 }, async () => {
    writeFileSync(
      join(copy, 'content', `${draftSlug}.md`),
      `---\ntitle: 还没写完的文章\ndescription: 这篇文章只用来检查预览里的标记：首页列表里和文章标题旁边都要有那两个字，正式网站上则根本没有这篇文章，读者看不到它。\npubDate: 2026-11-25\norder: ${nextReadingOrder()}\ndraft: true\n---\n\n草稿的正文。\n`,
    );
    const { url, output } = await startDev(process.execPath, ['tools/dev.ts', '--port', String(await freePort())], copy);

    const home = parseDocument((await page(url)).html);
    const item = [...home.querySelectorAll('main li')].find((li) => li.querySelector(`a[href="/${draftSlug}/"]`));
    expect(item?.textContent).toContain('草稿');
    const published = [...home.querySelectorAll('main li')].filter((li) => li.querySelector('a[href="/faq/"]'));
    expect(published[0]?.textContent).not.toContain('草稿');
    expect(parseDocument((await page(`${url}${draftSlug}/`)).html).querySelector('h1')?.textContent).toBe('还没写完的文章草稿');

    // The language switch's copies per section are shown by the page's own style. Vite replaces the styles it
    // injects, so rules joined to one of those were lost: the header once showed the switch 14 times here.
    const faq = parseDocument((await page(`${url}zh-hant/faq/`)).html);
    const copies = faq.querySelectorAll('header a[data-section]');
    expect(copies.length).toBeGreaterThan(1);
    const ownStyle = [...faq.querySelectorAll('head style:not([data-vite-dev-id])')].map((style) => style.textContent).join('');
    expect(ownStyle).toContain(`a[data-section="${copies.length - 1}"]{display:inline-flex}`);

    // An error the page renders around (a dead link) is named above every page, in Chinese with file and line.
    const faqFile = join(copy, 'content/faq.mdx');
    const faqText = readFileSync(faqFile, 'utf8');
    appendFileSync(faqFile, '\n见[不存在的页面](/no-such-page/)。\n');
    const deadLinkLine = readFileSync(faqFile, 'utf8').split('\n').length - 1;
    const deadLink = '站内链接 /no-such-page/ 指向的页面不存在';
    let shown = await pageOnceIt(`${url}which-esim/`, ({ html }) => html.includes(deadLink));
    expect(shown.status).toBe(200);
    const banner = parseDocument(shown.html).querySelector('body > aside[role="alert"]');
    expect(banner?.textContent).toContain('内容检查发现 1 个错误');
    expect(banner?.querySelector('li')?.textContent).toContain(`content/faq.mdx:${deadLinkLine}${deadLink}`);
    expect(parseDocument(shown.html).querySelector('h1')?.textContent).toBeTruthy();

    // A page that cannot render (an unknown :::warning) gets the content check's Chinese page, not Astro's English one.
    writeFileSync(faqFile, faqText.replace(/\n## /, '\n:::warning\n只在官方渠道付款。\n:::\n\n## '));
    const unknownCallout = '未知的提示框类型 :::warning';
    shown = await pageOnceIt(`${url}faq/`, ({ html }) => html.includes(unknownCallout));
    expect(shown.status).toBe(500);
    expect(parseDocument(shown.html).querySelector('h1')?.textContent).toBe('内容有错误，预览暂停');
    expect(shown.html).not.toMatch(/MDXError|Stack trace/);
    writeFileSync(faqFile, faqText);
    shown = await pageOnceIt(`${url}faq/`, ({ status, html }) => status === 200 && !html.includes('role="alert"'));
    expect(shown.html).not.toContain('内容检查发现');

    copyFileSync(join(projectRoot, 'tests/fixtures/content-mistakes/unclosed-frontmatter.mdx'), join(copy, 'content/unclosed-frontmatter.mdx'));
    const unclosed = '第 1 行开始的 frontmatter 没有用 --- 结束';
    shown = await pageOnceIt(`${url}faq/`, ({ html }) => html.includes(unclosed));
    expect(shown.status).toBe(500);
    const error = parseDocument(shown.html);
    expect(error.querySelector('h1')?.textContent).toBe('内容有错误，预览暂停');
    expect(error.querySelector('li')?.textContent).toContain(`content/unclosed-frontmatter.mdx:6${unclosed}`);

    rmSync(join(copy, 'content/unclosed-frontmatter.mdx'));
    shown = await pageOnceIt(`${url}faq/`, ({ status }) => status === 200);
    expect(shown.status).toBe(200);
    // Astro's content layer adds no report of its own, which said `title` was required though it is there.
    expect(output()).toContain('[glob-loader]');
    expect(output()).not.toContain('does not match collection schema');
  });
});
