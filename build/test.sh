#!/usr/bin/env bash
# The whole test suite on a fresh machine of this project's kind: installs what the tests need
# (Debian packages, npm packages), then runs every .NET and Node test. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || apt_packages+=(postgresql)
command -v zip >/dev/null 2>&1 || apt_packages+=(zip)
if [ ${#apt_packages[@]} -gt 0 ]; then
  log "Installing Debian packages: ${apt_packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # A machine image can arrive with an interrupted dpkg run ("dpkg was interrupted, you must manually run
  # 'dpkg --configure -a'"), which makes every apt-get install fail: finish it first, and wait for another
  # apt process's lock rather than fail on it.
  apt_wait=(-o DPkg::Lock::Timeout=300)
  dpkg --configure -a >/dev/null 2>&1 || true
  apt-get "${apt_wait[@]}" update -qq
  if ! apt-get "${apt_wait[@]}" install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null; then
    log "apt-get install failed once: repairing dpkg and retrying"
    dpkg --configure -a || true
    apt-get "${apt_wait[@]}" install -y -qq -f >/dev/null || true
    apt-get "${apt_wait[@]}" install -y -qq --no-install-recommends "${apt_packages[@]}" >/dev/null
  fi
fi
# The Debian package starts a cluster of its own; the tests start their own servers on loopback.
service postgresql stop >/dev/null 2>&1 || true

for dir in tests/e2e-node tests/GutSkin.EndToEnd.Tests; do
  if [ -f "$dir/package-lock.json" ]; then
    log "Installing npm packages in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

results=$(mktemp)
trap 'rm -f "$results"' EXIT

log "dotnet test"
set +e
dotnet test GutSkin.sln --nologo 2>&1 | tee "$results"
dotnet_status=${PIPESTATUS[0]}
set -e

node_status=0
if [ -d tests/e2e-node/node_modules ]; then
  log "node --test (tests/e2e-node)"
  set +e
  (cd tests/e2e-node && node --test) 2>&1 | tee -a "$results"
  node_status=${PIPESTATUS[0]}
  set -e
fi

# One closing line over every runner: dotnet prints "Failed: N, Passed: N" per assembly, node "# pass N" / "# fail N".
awk '
  /Failed: *[0-9]+, *Passed: *[0-9]+/ { match($0, /Failed: *[0-9]+/); f += substr($0, RSTART + 7, RLENGTH - 7) + 0;
                                        match($0, /Passed: *[0-9]+/); p += substr($0, RSTART + 7, RLENGTH - 7) + 0 }
  /^# pass [0-9]+/ { p += $3 }
  /^# fail [0-9]+/ { f += $3 }
  END { printf "\n%d passed, %d failed\n", p, f }
' "$results"

[ "$dotnet_status" -eq 0 ] && [ "$node_status" -eq 0 ]
