#!/usr/bin/env bash
# Start the services the integration tests need, when this machine has them but they are stopped.
# (On this machine kind they run before the session and before CI; this only repairs a stopped one.)
set -u
up() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if ! up 5432 && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
fi
if ! up 6379 && command -v redis-server >/dev/null; then
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log || true
fi
if ! up 5672 && command -v rabbitmq-server >/dev/null; then
  rabbitmq-server -detached || true
  for _ in $(seq 1 30); do up 5672 && break; sleep 1; done
fi
for port in 5432 6379 5672; do up $port || echo "warning: nothing listens on 127.0.0.1:$port" >&2; done
exit 0
