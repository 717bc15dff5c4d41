// Invoked from .github/workflows/label-pr.yml via actions/github-script.
export default async function labelPullRequest({ github, context, core }) {
  const { owner, repo } = context.repo;
  const pull_number = context.payload.pull_request.number;

  const files = await github.paginate(github.rest.pulls.listFiles, {
    owner,
    repo,
    pull_number,
    per_page: 100,
  });

  const labels = new Set();

  // Lines 30–85: unchanged

  if (labels.size === 0) {
    core.info('No labels to apply');
    return;
  }

  await github.rest.issues.addLabels({ owner, repo, issue_number: pull_number, labels: [...labels] });
  core.info(`Applied labels: ${[...labels].join(', ')}`);
}
