module.exports = function (api) {
  api.cache.using(() => process.env.NODE_ENV);
  const isTest = api.env('test');

  return {
    presets: [
      ['@babel/preset-env', isTest ? { targets: { node: 'current' } } : { useBuiltIns: 'usage', corejs: 3 }],
      ['@babel/preset-react', { runtime: 'automatic' }],
    ],
    plugins: [
      'babel-plugin-macros',
      ['module-resolver', { root: ['./src'], alias: { '@': './src' } }],
      ...,
      !isTest && 'react-refresh/babel',
    ].filter(Boolean),
  };
};
