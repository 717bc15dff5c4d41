import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export interface PullSummary {
  number: number;
  title: string;
  author: string;
  mergedAt: string | null;
}

export async function recentPulls(owner: string, repo: string, limit = 20): Promise<PullSummary[]> {
  const { data } = await octokit.pulls.list({
    owner,
    repo,
    state: "closed",
    per_page: limit,
    sort: "updated",