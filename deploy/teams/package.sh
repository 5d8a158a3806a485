#!/usr/bin/env bash
# Builds the Teams app package (a zip of manifest.json, color.png and outline.png at its root).
#
#   deploy/teams/package.sh <BOT_ID> [TEAMS_APP_ID] [OUT.zip]
#
# BOT_ID        the bot's Microsoft App ID (the Entra app registration's client id, = MicrosoftAppId).
# TEAMS_APP_ID  the Teams app's own id; defaults to BOT_ID. Keep it the same for every later version of the
#               package, or Teams treats the upload as a different app.
# OUT.zip       default: deploy/teams/out/gutskin-teams.zip
#
# Uses `zip` when it is installed, otherwise python3's zipfile.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
guid='^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$'

usage() {
  echo "usage: $0 <BOT_ID> [TEAMS_APP_ID] [OUT.zip]" >&2
  exit 2
}

[[ $# -ge 1 && $# -le 3 ]] || usage
bot_id="$1"
app_id="${2:-$bot_id}"
out="${3:-$here/out/gutskin-teams.zip}"

[[ "$bot_id" =~ $guid ]] || { echo "error: BOT_ID '$bot_id' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)" >&2; exit 2; }
[[ "$app_id" =~ $guid ]] || { echo "error: TEAMS_APP_ID '$app_id' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)" >&2; exit 2; }

for file in manifest.json color.png outline.png; do
  [[ -f "$here/$file" ]] || { echo "error: $here/$file is missing" >&2; exit 1; }
done

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

sed -e "s/{{BOT_ID}}/$bot_id/g" -e "s/{{TEAMS_APP_ID}}/$app_id/g" "$here/manifest.json" > "$stage/manifest.json"
if grep -q '{{[A-Z_]*}}' "$stage/manifest.json"; then
  echo "error: manifest.json still has placeholders after filling:" >&2
  grep -o '{{[A-Z_]*}}' "$stage/manifest.json" | sort -u >&2
  exit 1
fi
cp "$here/color.png" "$here/outline.png" "$stage/"

mkdir -p "$(dirname "$out")"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
rm -f "$out"

if command -v zip > /dev/null 2>&1; then
  # -j: no folders, the three files at the zip root; -X: no extra file attributes.
  (cd "$stage" && zip -q -X -j "$out" manifest.json color.png outline.png)
else
  python3 - "$stage" "$out" <<'PY'
import os, sys, zipfile
stage, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        z.write(os.path.join(stage, name), arcname=name)
PY
fi

echo "$out"
