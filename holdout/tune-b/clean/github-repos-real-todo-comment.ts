import { Octokit } from "@octokit/rest";

const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });

export async function listOrgRepos(org: string) {
  // TODO: handle pagination once we have more than 100 repositories
  const { data } = await octokit.repos.listForOrg({ org, per_page: 100, type: "public" });
  return data.map((repo) => ({
    name: repo.name,
    stars: repo.stargazers_count ?? 0,
    archived: repo.archived ?? false,
  }));
}
