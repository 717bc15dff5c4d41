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
