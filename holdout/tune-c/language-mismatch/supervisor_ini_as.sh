[supervisord]
nodaemon=true
logfile=/var/log/supervisor/supervisord.log

[program:gunicorn]
command=/app/.venv/bin/gunicorn app.wsgi:application --bind 0.0.0.0:8000 --workers 4
directory=/app
autostart=true
autorestart=true
stdout_logfile=/dev/stdout
stdout_logfile_maxbytes=0
redirect_stderr=true

[program:rq-worker]
command=/app/.venv/bin/rq worker default high
directory=/app
autorestart=true
numprocs=2
process_name=%(program_name)s_%(process_num)02d
