import { Octokit } from '@octokit/rest';

export interface IssueSummary {
  number: number;
  title: string;
  labels: string[];
}

// TODO: handle pagination (GitHub caps per_page at 100)
export async function listOpenIssues(octokit: Octokit, owner: string, repo: string): Promise<IssueSummary[]> {
  const { data } = await octokit.rest.issues.listForRepo({ owner, repo, state: 'open', per_page: 100 });
  return data
    .filter((issue) => !issue.pull_request)
    .map((issue) => ({
      number: issue.number,
      title: issue.title,
      labels: issue.labels.map((l) => (typeof l === 'string' ? l : l.name ?? '')),
    }));
}

// FIXME: labels with emoji names are not normalised yet
export function hasLabel(issue: IssueSummary, label: string): boolean {
  return issue.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}
