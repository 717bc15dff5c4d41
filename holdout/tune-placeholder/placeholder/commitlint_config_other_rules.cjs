module.exports = {
  extends: ['@commitlint/config-conventional'],
  rules: {
    'type-enum': [
      2,
      'always',
      ['build', 'chore', 'ci', 'docs', 'feat', 'fix', 'perf', 'refactor', 'revert', 'style', 'test'],
    ],
    'scope-enum': [2, 'always', ['api', 'web', 'worker', 'infra', 'deps']],
    'subject-case': [2, 'never', ['start-case', 'pascal-case', 'upper-case']],
    // (other rules unchanged)
  },
  prompt: {
    settings: { enableMultipleScopes: true },
  },
};
