{
  "presets": [
    ["@babel/preset-env", { "targets": "defaults, not ie 11", "bugfixes": true }],
    ["@babel/preset-react", { "runtime": "automatic" }]
  ],
  // only used by jest; webpack uses its own loader options
  "env": {
    "test": {
      "presets": [["@babel/preset-env", { "targets": { "node": "current" } }]]
    }
  },
  "plugins": [
    "@babel/plugin-transform-runtime"
  ]
}
