from bases import ph

ph("express_users_route_handler_body.js", r'''
const express = require('express');
const { body, validationResult } = require('express-validator');
const User = require('../models/User');
const { requireAuth } = require('../middleware/auth');

const router = express.Router();

router.get('/:id', requireAuth, async (req, res, next) => {
  try {
    const user = await User.findById(req.params.id).select('-passwordHash');
    if (!user) return res.status(404).json({ error: 'User not found' });
    res.json(user);
  } catch (err) {
    next(err);
  }
});

router.put(
  '/:id',
  requireAuth,
  body('email').optional().isEmail(),
  body('name').optional().isLength({ min: 1, max: 80 }),
  async (req, res, next) => {
    // ... existing code ...
  },
);

module.exports = router;
''')

ph("webpack_config_rules_other_loaders.js", r'''
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');

const isProd = process.env.NODE_ENV === 'production';

module.exports = {
  mode: isProd ? 'production' : 'development',
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name].[contenthash].js' : '[name].js',
    clean: true,
  },
  module: {
    rules: [
      {
        test: /\.jsx?$/,
        exclude: /node_modules/,
        use: 'babel-loader',
      },
      {
        test: /\.s?css$/,
        use: [isProd ? MiniCssExtractPlugin.loader : 'style-loader', 'css-loader', 'sass-loader'],
      },
      // other loaders go here
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    isProd && new MiniCssExtractPlugin(),
  ].filter(Boolean),
  devServer: { port: 8080, historyApiFallback: true },
};
''')

ph("eslintrc_rules_rest.js", r'''
module.exports = {
  root: true,
  env: { browser: true, es2022: true, node: true },
  parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  extends: ['eslint:recommended', 'plugin:react/recommended', 'plugin:react-hooks/recommended', 'prettier'],
  settings: { react: { version: 'detect' } },
  rules: {
    'no-console': ['warn', { allow: ['warn', 'error'] }],
    'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    'react/prop-types': 'off',
    'react/react-in-jsx-scope': 'off',
    // …rest of rules
  },
  overrides: [
    {
      files: ['**/*.test.js'],
      env: { jest: true },
    },
  ],
};
''')

ph("string_utils_exports_bare_ellipsis.js", r'''
'use strict';

function slugify(input) {
  return String(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalize(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function truncate(s, max) {
  return s.length > max ? s.slice(0, max - 1) + '\u2026' : s;
}

module.exports = {
  slugify,
  capitalize,
  truncate,
  ...
};
''', parses=False)

ph("jquery_tooltip_plugin_snip.js", r'''
(function ($) {
  'use strict';

  var defaults = {
    placement: 'top',
    delay: 150,
    className: 'tooltip',
  };

  function Tooltip(element, options) {
    this.$el = $(element);
    this.options = $.extend({}, defaults, options);
    this.$tip = null;
    this.timer = null;
    this.bind();
  }

  Tooltip.prototype.bind = function () {
    this.$el.on('mouseenter.tooltip', $.proxy(this.show, this));
    this.$el.on('mouseleave.tooltip', $.proxy(this.hide, this));
  };

  /* snip */

  $.fn.tooltip = function (options) {
    return this.each(function () {
      if (!$.data(this, 'tooltip')) {
        $.data(this, 'tooltip', new Tooltip(this, options));
      }
    });
  };
})(jQuery);
''')

ph("mongoose_product_schema_fields.js", r'''
const mongoose = require('mongoose');

const variantSchema = new mongoose.Schema(
  {
    sku: { type: String, required: true },
    size: String,
    color: String,
    stock: { type: Number, default: 0, min: 0 },
  },
  { _id: false },
);

const productSchema = new mongoose.Schema(
  {
    title: { type: String, required: true, trim: true },
    slug: { type: String, required: true, unique: true, index: true },
    priceCents: { type: Number, required: true, min: 0 },
    variants: [variantSchema],
    // other fields as before
  },
  { timestamps: true },
);

productSchema.virtual('inStock').get(function () {
  return this.variants.some((v) => v.stock > 0);
});

module.exports = mongoose.model('Product', productSchema);
''')

ph("gulpfile_tasks_same_pattern.js", r'''
const { src, dest, series, parallel, watch } = require('gulp');
const sass = require('gulp-sass')(require('sass'));
const postcss = require('gulp-postcss');
const autoprefixer = require('autoprefixer');
const terser = require('gulp-terser');
const del = require('del');

function clean() {
  return del(['dist/**']);
}

function styles() {
  return src('src/scss/main.scss')
    .pipe(sass({ outputStyle: 'compressed' }).on('error', sass.logError))
    .pipe(postcss([autoprefixer()]))
    .pipe(dest('dist/css'));
}

function scripts() {
  return src('src/js/**/*.js').pipe(terser()).pipe(dest('dist/js'));
}

// same pattern for the remaining tasks (images, fonts, html)

function watcher() {
  watch('src/scss/**/*.scss', styles);
  watch('src/js/**/*.js', scripts);
}

exports.clean = clean;
exports.build = series(clean, parallel(styles, scripts, images, fonts, html));
exports.default = series(exports.build, watcher);
''')

ph("jest_config_keep_rest.js", r'''
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '\\.(css|scss)$': 'identity-obj-proxy',
  },
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest'],
  },
  collectCoverageFrom: ['src/**/*.{js,jsx,ts,tsx}', '!src/**/*.stories.*'],
  coverageThreshold: {
    global: { branches: 80, functions: 80, lines: 85, statements: 85 },
  },
  // ...keep the rest as is
};
''')

ph("socket_chat_handlers_bare_line.js", r'''
const { Server } = require('socket.io');
const { verifyToken } = require('./auth');
const rooms = require('./rooms');

function attachChat(httpServer) {
  const io = new Server(httpServer, { cors: { origin: process.env.WEB_ORIGIN } });

  io.use(async (socket, next) => {
    try {
      socket.user = await verifyToken(socket.handshake.auth.token);
      next();
    } catch (err) {
      next(new Error('unauthorized'));
    }
  });

  io.on('connection', (socket) => {
    socket.on('join', (roomId) => {
      if (!rooms.canJoin(socket.user, roomId)) return;
      socket.join(roomId);
      socket.to(roomId).emit('presence', { userId: socket.user.id, online: true });
    });

    socket.on('message', (roomId, text) => {
    ...
    });
  });

  return io;
}

module.exports = { attachChat };
''', parses=False)

ph("service_worker_fetch_todo.js", r'''
const CACHE = 'static-v7';
const PRECACHE = ['/', '/index.html', '/app.css', '/app.js', '/offline.html'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))),
    ),
  );
  self.clients.claim();
});

self.addEventListener('fetch', (event) => {
  // TODO: implement
});
''')

ph("redux_store_middleware_inline.js", r'''
import { createStore, applyMiddleware, combineReducers, compose } from 'redux';
import thunk from 'redux-thunk';
import { createLogger } from 'redux-logger';
import auth from './reducers/auth';
import cart from './reducers/cart';
import catalog from './reducers/catalog';

const rootReducer = combineReducers({ auth, cart, catalog });

const composeEnhancers =
  (typeof window !== 'undefined' && window.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__) || compose;

const logger = createLogger({ collapsed: true, predicate: () => process.env.NODE_ENV !== 'production' });

export default function configureStore(preloadedState) {
  return createStore(
    rootReducer,
    preloadedState,
    composeEnhancers(applyMiddleware(thunk, logger /*, ...other middleware */)),
  );
}
''', lang="esm")

ph("axios_instance_interceptor_unchanged.js", r'''
import axios from 'axios';
import { getAccessToken, refreshAccessToken, logout } from './auth';

export const http = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 10000,
  headers: { Accept: 'application/json' },
});

http.interceptors.request.use((config) => {
  const token = getAccessToken();
  if (token) {
    config.headers.Authorization = `Bearer ${token}`;
  }
  return config;
});

// response interceptor unchanged

export async function getJson(url, params) {
  const { data } = await http.get(url, { params });
  return data;
}
''', lang="esm")

ph("image_gallery_n_more_lines.js", r'''
class ImageGallery {
  constructor(root, { autoplay = false, interval = 5000 } = {}) {
    this.root = root;
    this.slides = Array.from(root.querySelectorAll('.slide'));
    this.index = 0;
    this.autoplay = autoplay;
    this.interval = interval;
    this.timer = null;
  }

  init() {
    this.root.querySelector('.next').addEventListener('click', () => this.next());
    this.root.querySelector('.prev').addEventListener('click', () => this.prev());
    if (this.autoplay) this.start();
    this.render();
  }

  // ... 40 more lines ...

  render() {
    this.slides.forEach((slide, i) => {
      slide.classList.toggle('active', i === this.index);
      slide.setAttribute('aria-hidden', String(i !== this.index));
    });
  }
}

module.exports = ImageGallery;
''')

ph("knex_migration_remaining_columns.js", r'''
/**
 * @param { import("knex").Knex } knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('customers', (table) => {
    table.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    table.string('email').notNullable().unique(); // remaining columns
    table.timestamps(true, true);
  });

  await knex.schema.createTable('addresses', (table) => {
    table.increments('id');
    table.uuid('customer_id').references('customers.id').onDelete('CASCADE');
    table.string('line1').notNullable();
    table.string('city').notNullable();
    table.string('postal_code', 16);
  });
};

/**
 * @param { import("knex").Knex } knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTableIfExists('addresses');
  await knex.schema.dropTableIfExists('customers');
};
''')

ph("vue_options_methods_your_existing.js", r'''
import { mapState, mapActions } from 'vuex';
import PriceTag from './PriceTag.vue';

export default {
  name: 'ProductCard',
  components: { PriceTag },
  props: {
    product: { type: Object, required: true },
    compact: { type: Boolean, default: false },
  },
  data() {
    return { adding: false, quantity: 1 };
  },
  computed: {
    ...mapState('cart', ['items']),
    inCart() {
      return this.items.some((i) => i.id === this.product.id);
    },
  },
  methods: {
    ...mapActions('cart', ['addItem']),
    // your existing methods here
  },
};
''', lang="esm")

ph("babel_config_plugins_array_ellipsis.js", r'''
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
''', parses=False)

ph("dom_listeners_not_shown.js", r'''
document.addEventListener('DOMContentLoaded', () => {
  const menuButton = document.querySelector('#menu-toggle');
  const nav = document.querySelector('#site-nav');
  const form = document.querySelector('#newsletter');

  menuButton.addEventListener('click', () => {
    const open = nav.classList.toggle('open');
    menuButton.setAttribute('aria-expanded', String(open));
  });

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const email = new FormData(form).get('email');
    const res = await fetch('/api/subscribe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    form.querySelector('.status').textContent = res.ok ? 'Thanks for subscribing!' : 'Please try again.';
  });

  // (remaining event listeners not shown)
});
''')
