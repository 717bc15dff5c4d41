import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export function listOpenPulls(owner, repo) {
  return octokit.pulls
    .list({ owner, repo, state: 'open', per_page: 50 })
    .then(({ data }) => data.map((p) => ({ number: p.number, title: p.title, author: p.user.login })));
}

export function latestRelease(owner, repo) {
  return octokit.repos
    .getLatestRelease({ owner, repo })
    .then((res) =>