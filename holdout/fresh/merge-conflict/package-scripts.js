module.exports = {
  scripts: {
    build: 'vite build',
    dev: 'vite',
<<<<<<< ours
    test: 'jest --coverage',
    lint: 'eslint src',
=======
    test: 'vitest run',
    lint: 'eslint . --ext .js,.jsx',
>>>>>>> theirs
    preview: 'vite preview',
  },
};
