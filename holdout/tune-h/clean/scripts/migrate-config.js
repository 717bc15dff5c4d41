#!/usr/bin/env node
'use strict';

// Converts config/*.json from the v1 layout to v2.
// I know this looks odd, but we keep writing v1 keys alongside the new ones for one
// release so that old workers (which still read `db_host`, `db_port`, etc.) keep running.

const fs = require('fs');
const path = require('path');

const dir = process.argv[2] || path.join(__dirname, '..', 'config');

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const full = path.join(dir, file);
  const v1 = JSON.parse(fs.readFileSync(full, 'utf8'));
  if (v1.version === 2) {
    console.log(`${file}: already v2, unchanged`);
    continue;
  }

  const { db_host, db_port, db_name, ...other } = v1;
  const v2 = {
    ...other,
    version: 2,
    database: { host: db_host, port: Number(db_port) || 5432, name: db_name },
    // legacy keys, remove after 3.4 ships
    db_host,
    db_port,
    db_name,
  };

  fs.writeFileSync(full, JSON.stringify(v2, null, 2) + '\n');
  console.log(`${file}: migrated`);
}
