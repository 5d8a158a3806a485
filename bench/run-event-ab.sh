#!/usr/bin/env bash
# The turn analytics row's cost (issue 14: at most 5 % of the load figure), as a paired A/B. The checked-out commit is
# built twice, as it is and with `events.Record(turn);` in GutSkinBot replaced by `_ = events;`; both bots run side by
# side (fresh SQLite folders, started as run-load.sh starts GutSkin) and are measured in alternating 5 s rounds at 8
# conversations, the order swapped every round, so that the machine's drift falls on both alike (single runs of one
# build spread +-20 % here; paired rounds about 8 %). Prints every round and the paired figures. About 4 minutes per pair.
#
# Settings (environment): PROCS (3 process pairs), ROUNDS (8 rounds per pair), WARM (30s of unmeasured traffic per bot),
# WITH_ENV (settings for the bot with the row only, e.g. Storage__EventBatchSize=500 to measure another batch size).
set -uo pipefail
PROCS=${PROCS:-3}; ROUNDS=${ROUNDS:-8}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
commit=$(git log -1 --format=%h)
echo "== $(date -u +%FT%TZ) commit $commit WITH_ENV=${WITH_ENV:-} load $(cut -d' ' -f1-3 /proc/loadavg)"
noevents=$(mktemp -d /tmp/gutskin-noevents.XXXXXX)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$noevents"; git -C "$root" worktree prune' EXIT
git worktree add -q --detach "$noevents/src" HEAD
sed -i 's/^        events.Record(turn);$/        _ = events;/' "$noevents/src/src/GutSkin.Bot/Bots/GutSkinBot.cs"
grep -q "_ = events;" "$noevents/src/src/GutSkin.Bot/Bots/GutSkinBot.cs" || { echo "events.Record(turn) not found in GutSkinBot.cs" >&2; exit 1; }
dotnet build "$noevents/src/src/GutSkin.Bot" -c Release --artifacts-path "$noevents/art" --nologo -v q -clp:ErrorsOnly || exit 1
for project in src/GutSkin.Bot bench/GutSkin.LoadTest; do
  dotnet build "$project" -c Release --artifacts-path /tmp/art-load --nologo -v q -clp:ErrorsOnly || exit 1
done
git worktree remove --force "$noevents/src"
with=/tmp/art-load/bin/GutSkin.Bot/release/GutSkin.Bot.dll
without=$noevents/art/bin/GutSkin.Bot/release/GutSkin.Bot.dll
lt=/tmp/art-load/bin/GutSkin.LoadTest/release/GutSkin.LoadTest.dll
work=$(mktemp -d /tmp/gutskin-event-ab.XXXXXX); out=$work/lines.txt
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
start() { # dll name [VAR=value...] -> sets P (port), PID
  local dll=$1 name=$2; shift 2
  P=$(port); mkdir -p $work/$name
  (cd "$(dirname "$dll")" && exec env "$@" Knowledge__Directory="$root/knowledge" RateLimits__PerClientPerMinute=100000000 Storage__DataDirectory=$work/$name ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning dotnet "$dll" --urls http://127.0.0.1:$P) >$work/$name.log 2>&1 &
  PID=$!; pids+=($PID)
  for _ in $(seq 1 120); do curl -fsS http://127.0.0.1:$P/healthz >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "no start $name"; cat $work/$name.log; exit 1
}
run() { # url label round warm
  dotnet $lt --url http://127.0.0.1:$1/api/messages --bot gutskin --label $2 --store sqlite --concurrency 8 --duration 5s --mix mixed --round $3 --warmup-duration $4 --results $work/results.jsonl 2>&1 | grep -E "c=8" | tee -a $out
}
for proc in $(seq 1 $PROCS); do
  start $with with$proc ${WITH_ENV:-}; WP=$P; WPID=$PID
  start $without without$proc; NP=$P; NPID=$PID
  echo "-- pair $proc $(date -u +%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
  for r in $(seq 1 $ROUNDS); do
    warm=0s; [ $r = 1 ] && warm=${WARM:-30s}
    if [ $(( (r + proc) % 2 )) = 0 ]; then run $WP with $r $warm; run $NP without $r $warm; else run $NP without $r $warm; run $WP with $r $warm; fi
  done
  kill $WPID $NPID; wait $WPID $NPID 2>/dev/null
done
echo "== $(date -u +%FT%TZ) done load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out" <<'PY'
import re, sys, statistics as st
rows=[]
for line in open(sys.argv[1]):
    m=re.search(r'^(with|without) .*round (\d+): .*= ([\d.]+) correct req/s, p50 ([\d.]+) ms, p99 ([\d.]+) ms', line)
    if m: rows.append((m[1], int(m[2]), float(m[3]), float(m[5])))
# rows come in pairs (same round, consecutive)
pairs=[]; i=0
while i+1 < len(rows):
    a,b=rows[i],rows[i+1]
    if a[1]==b[1] and {a[0],b[0]}=={'with','without'}:
        w=a if a[0]=='with' else b; n=b if a[0]=='with' else a
        pairs.append((w[2],n[2],w[3],n[3])); i+=2
    else: i+=1
ratios=[w/n-1 for w,n,_,_ in pairs]
W=sum(p[0] for p in pairs); N=sum(p[1] for p in pairs)
print(f"pairs {len(pairs)}: with mean {W/len(pairs):.1f}, without mean {N/len(pairs):.1f}, pooled {100*(W/N-1):+.1f} %, median paired {100*st.median(ratios):+.1f} %, paired mean {100*st.mean(ratios):+.1f} % (sd {100*st.stdev(ratios):.1f}, se {100*st.stdev(ratios)/len(ratios)**0.5:.1f})")
print("p99 with median", st.median(p[2] for p in pairs), "without median", st.median(p[3] for p in pairs))
PY
echo "Rounds and bot logs kept in $work"
