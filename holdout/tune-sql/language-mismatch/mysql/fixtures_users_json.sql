[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {
      "username": "alice",
      "email": "alice@example.com",
      "is_staff": true,
      "date_joined": "2026-01-14T09:12:00Z"
    }
  },
  {
    "model": "accounts.user",
    "pk": 2,
    "fields": {
      "username": "bob",
      "email": "bob@example.com",
      "is_staff": false,
      "date_joined": "2026-02-03T17:45:00Z"
    }
  }
]
