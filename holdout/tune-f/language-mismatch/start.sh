{
  "apps": [
    {
      "name": "api",
      "script": "dist/server.js",
      "instances": "max",
      "exec_mode": "cluster",
      "max_memory_restart": "512M",
      "env": {
        "NODE_ENV": "production",
        "PORT": 3000
      }
    },
    {
      "name": "worker",
      "script": "dist/worker.js",
      "instances": 2,
      "cron_restart": "0 4 * * *"
    }
  ]
}
