[
  {
    "model": "inventory.location",
    "pk": 1,
    "fields": {"name": "Main store", "kind": "store", "is_active": true}
  },
  {
    "model": "inventory.location",
    "pk": 2,
    "fields": {"name": "Back room", "kind": "storage", "is_active": true}
  },
  {
    "model": "inventory.item",
    "pk": 10,
    "fields": {
      "sku": "TEA-EARLGREY-250",
      "name": "Earl Grey 250g",
      "location": 1,
      "quantity": 42,
      "reorder_level": 10
    }
  },
  {
    "model": "inventory.item",
    "pk": 11,
    "fields": {
      "sku": "TEA-SENCHA-100",
      "name": "Sencha 100g",
      "location": 2,
      "quantity": 7,
      "reorder_level": 12
    }
  }
]
