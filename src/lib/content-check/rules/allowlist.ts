import { parseAllowlist } from '../link-policy.ts';
import { report, type ProjectRule } from '../rule.ts';

/** Every exception in content-allowlist.json says why the host may be linked. */
export const allowlist: ProjectRule = {
  ids: ['allowlist'],
  checkProject({ allowlist: { file, text } }, fileFor) {
    for (const { line, message } of parseAllowlist(text).problems) report(fileFor(file), 'allowlist', line, message);
  },
};
