export default {
  common: {
    loading: 'Loading…',
    loadMore: 'Load more…',
    cancel: 'Cancel',
    save: 'Save changes',
  },
  jobs: {
    running: 'Running {name}…',
    truncated: 'Showing the first 500 lines. Download the log to see the rest of the output.',
    moreTags: 'and {count} more',
  },
  onboarding: {
    intro: "Sure thing! Let's set up your workspace.",
    steps: 'Invite your team, connect a repository, and so on.',
  },
};