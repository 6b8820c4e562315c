/**
 * Checks the HTML an author put inside `<Steps>`: it must be one ordered list, one item per step.
 * Returns what to fix, or null when the markup is right.
 */
export function stepsMarkupProblem(html: string): string | null {
  const trimmed = html.trim();
  const isOneOrderedList = trimmed.startsWith('<ol') && trimmed.endsWith('</ol>');
  return isOneOrderedList
    ? null
    : '<Steps> 里只能放一个有序列表（1. 2. 3. …），每一步是列表的一项，并以“### 步骤标题”开头。';
}
