[server]
host = "127.0.0.1"
port = 8080

[database]
url = "postgres://localhost/app"
pool = 10

[features]
signup = true
beta = ["search", "export"]
