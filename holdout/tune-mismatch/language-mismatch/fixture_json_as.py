[
  {
    "model": "catalog.category",
    "pk": 1,
    "fields": {
      "name": "Coffee",
      "slug": "coffee",
      "is_active": true,
      "parent": null
    }
  },
  {
    "model": "catalog.product",
    "pk": 10,
    "fields": {
      "category": 1,
      "name": "Ethiopia Yirgacheffe",
      "price": "14.50",
      "in_stock": true,
      "tags": ["single-origin", "light-roast"]
    }
  },
  {
    "model": "catalog.product",
    "pk": 11,
    "fields": {
      "category": 1,
      "name": "House Espresso Blend",
      "price": "12.00",
      "in_stock": false,
      "tags": []
    }
  }
]
