from common import F
L = "clean"
J = "javascript"

F(L, "src/utils/mergeOptions.js", J, "valid JS: object/rest spread '...', comments 'keep the rest of the options unchanged', 'as before'", r'''
const DEFAULTS = {
  retries: 2,
  timeoutMs: 10_000,
  headers: { accept: 'application/json' },
};

/**
 * Merge user options over the defaults.
 * Headers are merged one level deep; everything else is replaced as before.
 */
export function mergeOptions(user = {}) {
  const { headers = {}, ...rest } = user;
  return {
    ...DEFAULTS,
    ...rest, // keep the rest of the options unchanged
    headers: { ...DEFAULTS.headers, ...headers },
  };
}

export function withoutUndefined(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
''')

F(L, "src/components/ChatBubble.jsx", J, "valid JSX: strings with chatter ('Here's what I found:', 'Let me know if you need anything else!'), {...props} spread, JSX comment", r'''
import clsx from 'clsx';

const CANNED = {
  found: "Here's what I found:",
  done: 'Let me know if you need anything else!',
  wait: 'One moment...',
};

export function ChatBubble({ from, text, kind, ...props }) {
  const body = text ?? CANNED[kind] ?? '';
  return (
    <div className={clsx('bubble', from === 'bot' ? 'bubble--bot' : 'bubble--me')} {...props}>
      {/* avatar only for bot messages */}
      {from === 'bot' && <img className="avatar" src="/bot.svg" alt="" />}
      <p>{body}</p>
    </div>
  );
}

export default ChatBubble;
''')

F(L, "server/index.mjs", J, "valid ESM server: comments 'TODO: rate limiting', 'same as before', '...' in a log string", r'''
import http from 'node:http';
import { readFile } from 'node:fs/promises';

const port = Number(process.env.PORT ?? 8080);
const index = await readFile(new URL('./public/index.html', import.meta.url));

// TODO: add rate limiting in front of /api (same as before, via the proxy).
const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(204).end();
    return;
  }
  if (req.url?.startsWith('/api/')) {
    res.writeHead(501, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'not implemented yet...' }));
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html' }).end(index);
});

server.listen(port, () => console.log(`listening on :${port}...`));
''')

F(L, "lib/args.cjs", J, "valid CommonJS: rest parameters '...args', comment 'Note: the rest of argv is passed through unchanged'", r'''
'use strict';

/**
 * Split argv at the first "--".
 * Note: the rest of argv (after "--") is passed through unchanged.
 */
function splitArgs(argv) {
  const i = argv.indexOf('--');
  return i === -1 ? [argv, []] : [argv.slice(0, i), argv.slice(i + 1)];
}

function run(cmd, ...args) {
  const { spawnSync } = require('node:child_process');
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  return res.status ?? 1;
}

function main(...argv) {
  const [own, passthrough] = splitArgs(argv);
  const verbose = own.includes('--verbose');
  if (verbose) console.error('running tests with', ...passthrough);
  return run('node', '--test', ...passthrough);
}

module.exports = { splitArgs, run, main };
''')

F(L, "src/status.js", J, "valid JS: status messages 'Loading...', 'etc.', template literals", r'''
export const STATUS_TEXT = {
  idle: '',
  loading: 'Loading...',
  saving: 'Saving…',
  error: 'Something went wrong (network, permissions, etc.)',
};

export function statusText(status, detail) {
  const base = STATUS_TEXT[status] ?? status;
  return detail ? `${base} ${detail}` : base;
}

export function ellipsize(text, max = 40) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
''')

F(L, "webpack.prod.js", J, "valid webpack config: '...base' spread merges, comment 'the rest of the settings come from webpack.base.js via the spread above'", r'''
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
''')

F(L, "test/reducer.test.js", J, "valid test file: test names 'leaves the rest of the state unchanged', 'TODO', spread in fixtures", r'''
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reducer, initialState } from '../src/reducer.js';

describe('reducer', () => {
  it('sets the filter', () => {
    const next = reducer(initialState, { type: 'filter', value: 'open' });
    assert.equal(next.filter, 'open');
  });

  it('leaves the rest of the state unchanged', () => {
    const state = { ...initialState, items: [1, 2, 3] };
    const next = reducer(state, { type: 'filter', value: 'done' });
    assert.deepEqual(next.items, state.items);
  });

  it('ignores unknown actions', () => {
    assert.equal(reducer(initialState, { type: '...' }), initialState);
  });

  it.todo('TODO: cover the undo/redo actions');
});
''')
