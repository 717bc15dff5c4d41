[server]
host = "0.0.0.0"
port = 8080
request_timeout_ms = 15000

[database]
url = "postgres://app:app@localhost:5432/app"
pool_size = 10

[features]
signup = true
beta_dashboard = false

[[webhooks]]
name = "slack"
url = "https://hooks.slack.com/services/T000/B000/XXXX"
