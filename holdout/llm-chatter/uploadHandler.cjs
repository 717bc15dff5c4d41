'use strict';

const path = require('node:path');
const multer = require('multer');

const ALLOWED = new Set(['.png', '.jpg', '.jpeg', '.webp']);

const upload = multer({
  dest: path.join(__dirname, '..', 'uploads'),
  limits: { fileSize: 5 * 1024 * 1024 },
  fileFilter(req, file, cb) {
    const ext = path.extname(file.originalname).toLowerCase();
    cb(null, ALLOWED.has(ext));
  },
});

function handleUpload(req, res) {
  if (!req.file) {
    return res.status(400).json({ error: 'Only PNG, JPEG and WebP images up to 5 MB are accepted' });
  }
  return res.status(201).json({ id: req.file.filename, size: req.file.size });
}

module.exports = { upload, handleUpload };

Key changes:
1. Added a `fileFilter` that only accepts image extensions.
2. Limited uploads to 5 MB with `limits.fileSize`.
3. `handleUpload` now returns a 400 with a helpful message when the file was rejected.
