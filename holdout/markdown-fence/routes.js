```javascript:src/routes/products.js
const express = require('express');
const { Product } = require('../models');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    const products = await Product.findAll({ order: [['name', 'ASC']] });
    res.json(products);
  } catch (err) {
    next(err);
  }
});

router.get('/:id', async (req, res, next) => {
  try {
    const product = await Product.findByPk(req.params.id);
    if (!product) return res.status(404).json({ error: 'Not found' });
    res.json(product);
  } catch (err) {
    next(err);
  }
});

module.exports = router;
```
