/** An article's file name without `.mdx` is its web address, so only lowercase letters, digits and hyphens. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What is wrong with a slug (the file name that becomes `/<slug>/`), or null when it is fine. */
export function articleSlugProblem(slug: string, takenRoutes: readonly string[] = []): string | null {
  if (!slugPattern.test(slug)) {
    const suggestion = slug
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    const example = suggestion === '' ? 'roaming-data' : suggestion;
    return `文件名 “${slug}” 不能用作网址：只能用小写英文字母、数字和连字符（-），例如 ${example}。`;
  }
  if (slug.length > 60) return `文件名 “${slug}” 太长：网址请控制在 60 个字符以内，用两三个英文单词概括即可。`;
  if (takenRoutes.includes(`/${slug}/`))
    return `文件名 “${slug}” 已经被网站的其他页面（/${slug}/）占用：请换一个名字。`;
  return null;
}

/** The slug of an article file: `content/roaming-data.mdx` → `roaming-data`. */
export function slugOfFile(file: string): string {
  return file
    .split('/')
    .at(-1)!
    .replace(/\.mdx?$/, '');
}
