version: 1
disable_existing_loggers: false

formatters:
  simple:
    format: "%(asctime)s %(levelname)-8s %(name)s: %(message)s"
  json:
    (): pythonjsonlogger.jsonlogger.JsonFormatter
    format: "%(asctime)s %(levelname)s %(name)s %(message)s"

handlers:
  console:
    class: logging.StreamHandler
    formatter: simple
    stream: ext://sys.stdout
  file:
    class: logging.handlers.RotatingFileHandler
    formatter: json
    filename: logs/app.log
    maxBytes: 10485760
    backupCount: 5

loggers:
  uvicorn.access:
    level: WARNING
  app:
    level: DEBUG
    handlers: [console, file]
    propagate: false

root:
  level: INFO
  handlers: [console]
