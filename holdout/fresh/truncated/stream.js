const fs = require('fs');
const zlib = require('zlib');
const { pipeline } = require('stream');

function gzipFile(src, dest, cb) {
  pipeline(
    fs.createReadStream(src),
    zlib.createGzip({ level: 9 }),
    fs.createWriteStream(dest),
    (err) => {
      if (err) {
