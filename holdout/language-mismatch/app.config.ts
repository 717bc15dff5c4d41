{
  "name": "storefront",
  "port": 3000,
  "database": {
    "host": "localhost",
    "port": 5432,
    "name": "storefront",
    "pool": { "min": 2, "max": 10 }
  },
  "features": {
    "newCheckout": false,
    "recommendations": true
  },
  "cors": {
    "origins": ["http://localhost:5173", "https://shop.example.com"]
  },
  "logLevel": "info"
}
