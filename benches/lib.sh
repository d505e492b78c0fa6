# Shell pieces the benchmark scripts share (sourced by scripts/bench, scripts/bench-ab and
# scripts/drain-ab), so that each measures a step the same way.

# bench_petition FILE: the benchmark's petition, for `chorus petition create --file`.
bench_petition() {
  cat >"$1" <<TOML
slug = "bench"
title = "Benchmark petition"
target = "UN High Commissioner for Human Rights"
state = "open"
goal = 2000000
TOML
}

# start_chorus BIN DB_URL PORT LOG [MAX_CONNECTIONS]: `chorus serve --no-worker` on loopback, once
# it answers /readyz; its pid in SERVER_PID.
start_chorus() {
  DATABASE_URL=$2 CHORUS_LISTEN=127.0.0.1:$3 CHORUS_BASE_URL=http://127.0.0.1:$3 \
    CHORUS_DATABASE__MAX_CONNECTIONS=${5:-32} "$1" serve --no-worker >"$4" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$3/readyz" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "server did not start"; cat "$4"; exit 1
}

stop_chorus() { kill -TERM "$SERVER_PID"; wait "$SERVER_PID" || true; }

# cpu_secs PID: the CPU time (user + system) the process has used, in seconds.
cpu_secs() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }

# rss_mb PID: the process's peak resident memory in MB (0 if it is gone).
rss_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

# start_sink PORT LOG: an SMTP server that accepts and discards, once it accepts connections; its
# pid in SINK_PID.
start_sink() {
  python3 scripts/smtp_sink.py "$1" --discard >"$2" 2>&1 &
  SINK_PID=$!
  for _ in $(seq 50); do python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), 1)" 2>/dev/null && return 0; sleep 0.2; done
  echo "SMTP sink did not start"; cat "$2"; exit 1
}

# start_worker BIN DB_URL SINK_PORT LOG: the outbox worker as the benchmark runs it (rounds of
# 500, 32 SMTP connections); its pid in WORKER_PID.
start_worker() {
  DATABASE_URL=$2 CHORUS_SMTP_URL="smtp://127.0.0.1:$3" CHORUS_WORKER__BATCH_SIZE=500 \
    CHORUS_WORKER__SMTP_POOL_SIZE=32 "$1" worker >"$4" 2>&1 &
  WORKER_PID=$!
}

# until_sent DB_URL LIMIT START: waits until LIMIT emails are sent, or 120 s after START
# (`date +%s.%N`); prints "sent seconds".
until_sent() {
  local sent=0
  while [ "$sent" -lt "$2" ] && [ "$(echo "$(date +%s.%N) - $3 < 120" | bc)" = 1 ]; do
    sleep 0.2
    sent=$(psql -qtA "$1" -c "SELECT COUNT(*) FROM outbox WHERE state = 'sent'" || echo 0)
  done
  echo "$sent $(echo "$(date +%s.%N) - $3" | bc)"
}
