// `npm run sources:check [--content FOLDER] [--lock FILE] [--issue-body FILE] [--timeout MS] [--pause MS]`:
// requests every source address of every published article and provider page, one at a time (HEAD, then GET),
// with a user agent that names the site and its repository; records each status, final address and hash of
// the page's readable text in sources.lock.json; and prints in Chinese which sources are gone, moved or
// changed since the lock was last written, and which pages rely on them. With `--issue-body`, writes the
// Markdown of the issue 资料需要重新核实 to that file when something needs a new check (and removes the file
// when nothing does): .github/workflows/sources-check.yml opens or updates the issue from it. Always exits
// 0 once the check ran: a source that changed is work for an editor, not a failed command.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import dayjs from 'dayjs';
import { toIsoDate } from '../src/lib/dates/calendar-date.ts';
import { filesUnder } from '../src/lib/files/files-under.ts';
import { checkSources, sourceUsages, userAgentFor } from '../src/lib/sources/check.ts';
import { lockFileName, parseLock, serializeLock } from '../src/lib/sources/lock.ts';
import { citingPages } from '../src/lib/sources/pages.ts';
import { consoleReport, issueBody, needsAttention } from '../src/lib/sources/report.ts';
import { siteConfig } from '../src/site.config.ts';

const root = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    content: { type: 'string', default: join(root, 'content') },
    lock: { type: 'string', default: join(root, lockFileName) },
    'issue-body': { type: 'string' },
    timeout: { type: 'string', default: '20000' },
    pause: { type: 'string', default: '1000' },
    today: { type: 'string' },
  },
});
const today = options.today ?? toIsoDate(dayjs());
const folder = resolve(options.content);
const files = filesUnder(folder)
  .filter((name) => /^[^/]+\.mdx?$|^providers\/[^/]+\.md$/.test(name))
  .map((name) => ({
    file: relative(root, join(folder, name)).split(sep).join('/'),
    text: readFileSync(join(folder, name), 'utf8'),
  }));
const usages = sourceUsages(citingPages(files));
const lock = parseLock(existsSync(options.lock) ? readFileSync(options.lock, 'utf8') : null);

console.log(`逐个检查 ${usages.length} 个来源（每个先 HEAD 再 GET，间隔 ${options.pause} 毫秒）……`);
const checked = await checkSources(usages, lock, {
  today,
  userAgent: userAgentFor(siteConfig.url, siteConfig.repository.url),
  timeoutMs: Number(options.timeout),
  pauseMs: Number(options.pause),
});
writeFileSync(options.lock, serializeLock(checked.lock));
console.log(`\n${consoleReport(checked.results, lock.lastRun)}`);
console.log(`\n结果已写入 ${relative(root, options.lock)}：核对完需要重新核实的页面后，把它和改好的页面一起提交。`);

const issueFile = options['issue-body'];
if (issueFile) {
  if (needsAttention(checked.results)) {
    const context = { siteUrl: siteConfig.url, repository: siteConfig.repository, today, lastRun: lock.lastRun };
    writeFileSync(issueFile, issueBody(checked.results, context));
  } else rmSync(issueFile, { force: true });
}
