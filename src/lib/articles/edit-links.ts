/** A GitHub repository as the site config describes it. */
export interface Repository {
  url: string;
  branch: string;
}

/** The issue form (`.github/ISSUE_TEMPLATE/content-correction.yml`) that the report link opens. */
export const contentCorrectionTemplate = 'content-correction.yml';

/** GitHub's editor for a file of the repository, e.g. `content/faq.mdx`. */
export function editPageUrl(repository: Repository, filePath: string): string {
  return `${repository.url}/edit/${repository.branch}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** A new content-correction issue with the page's title, address and source file already filled in. */
export function reportIssueUrl(repository: Repository, page: { title: string; url: string; filePath: string }): string {
  const query = new URLSearchParams({
    template: contentCorrectionTemplate,
    title: `内容错误：${page.title}`,
    page: page.url,
    file: page.filePath,
  });
  return `${repository.url}/issues/new?${query}`;
}
