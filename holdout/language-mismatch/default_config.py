{
  "app": {
    "name": "order-service",
    "port": 8080,
    "debug": false,
    "workers": 4
  },
  "database": {
    "host": "localhost",
    "port": 5432,
    "name": "orders",
    "user": "orders_app",
    "password": null,
    "pool_size": 10,
    "ssl": true
  },
  "redis": {
    "url": "redis://localhost:6379/0",
    "ttl_seconds": 300
  },
  "logging": {
    "level": "INFO",
    "format": "json",
    "handlers": ["console", "file"]
  },
  "features": {
    "new_checkout": true,
    "recommendations": false
  }
}
