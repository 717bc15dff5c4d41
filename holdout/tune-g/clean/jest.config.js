/** @type {import('jest').Config} */
const base = {
  testEnvironment: 'node',
  clearMocks: true,
  coverageProvider: 'v8',
};

module.exports = {
  ...base,
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.js'],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.js'],
      // same as unit, plus a longer timeout for the database container
      testTimeout: 30_000,
      globalSetup: '<rootDir>/test/integration/setup.js',
    },
  ],
  coverageThreshold: {
    global: { branches: 80, functions: 85, lines: 85, statements: 85 },
  },
};
// Remaining Jest options are left at their defaults on purpose.
