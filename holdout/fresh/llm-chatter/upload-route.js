const express = require('express');
const multer = require('multer');

const router = express.Router();
const upload = multer({ dest: 'uploads/', limits: { fileSize: 5 * 1024 * 1024 } });

router.post('/avatar', upload.single('avatar'), (req, res) => {
  if (!req.file) return res.status(400).json({ error: 'No file uploaded' });
  res.status(201).json({ path: req.file.path, size: req.file.size });
});

module.exports = router;

Explanation:
1. `multer` stores the uploaded file in the `uploads/` directory.
2. The `limits` option rejects files larger than 5 MB.
3. The route returns 400 when no file is attached.
