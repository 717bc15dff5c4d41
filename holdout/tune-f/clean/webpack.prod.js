const { merge } = require('webpack-merge');
const TerserPlugin = require('terser-webpack-plugin');
const base = require('./webpack.base.js');

module.exports = merge(base, {
  mode: 'production',
  // the rest of the settings come from webpack.base.js via merge() above
  devtool: 'source-map',
  optimization: {
    ...base.optimization,
    minimize: true,
    minimizer: [new TerserPlugin({ extractComments: false }), '...'],
    splitChunks: { chunks: 'all' },
  },
  performance: {
    hints: 'warning',
    maxAssetSize: 400_000,
  },
});
