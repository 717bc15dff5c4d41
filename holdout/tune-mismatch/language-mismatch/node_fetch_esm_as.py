import { writeFile } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";

const API = "https://api.github.com";
const token = process.env.GITHUB_TOKEN;

async function fetchAll(url) {
  const results = [];
  while (url) {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/vnd.github+json" },
    });
    if (res.status === 403) {
      await sleep(60_000);
      continue;
    }
    results.push(...(await res.json()));
    const link = res.headers.get("link") ?? "";
    url = /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
  }
  return results;
}

const repos = await fetchAll(`${API}/orgs/${process.argv[2]}/repos?per_page=100`);
const rows = repos.map((r) => [r.full_name, r.stargazers_count, r.archived].join(","));
await writeFile("repos.csv", ["name,stars,archived", ...rows].join("\n"));
console.log(`wrote ${rows.length} repos to repos.csv`);
for (const r of repos.filter((r) => r.archived) {
  console.log(`archived: ${r.full_name}`);
}
