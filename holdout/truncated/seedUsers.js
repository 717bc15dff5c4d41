'use strict';

const bcrypt = require('bcrypt');

const PASSWORD = 'correct-horse-battery-staple';

const users = [
  { email: 'ada@example.com', name: 'Ada Lovelace', role: 'admin' },
  { email: 'grace@example.com', name: 'Grace Hopper', role: 'editor' },
  { email: 'linus@example.com', name: 'Linus Torvalds', role: 'viewer' },
  { email: 'margaret@example.com', name: 'Margaret Hamilton', role: 'editor' },
