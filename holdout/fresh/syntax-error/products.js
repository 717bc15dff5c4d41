const axios = require('axios');

const api = axios.create({ baseURL: 'https://fakestoreapi.com' });

async function getProducts(req, res) {
  const { data } = await api.get('/products', { params: { limit: req.query.limit || 20 } });
  res.status(200).json(data)son(data);
}

async function getProduct(req, res) {
  const { data } = await api.get(`/products/${req.params.id}`);
  res.json(data);
}

module.exports = { getProducts, getProduct };
