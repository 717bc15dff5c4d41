const base = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};

module.exports = {
  collectCoverage: !!process.env.CI,
  coverageReporters: ['text-summary', 'lcov'],
  projects: [
    {
      ...base,
      displayName: 'core',
      rootDir: '<rootDir>/packages/core',
      testEnvironment: 'node',
    },
    // repeat for the other packages
  ],
};
