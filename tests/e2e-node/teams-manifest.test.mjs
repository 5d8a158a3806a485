// The Teams app package that deploy/teams/package.sh builds: the zip's layout, the filled manifest against the
// official v1.19 schema (bundled in @microsoft/app-manifest, so no network), and the icons Teams requires.
// Run: cd tests/e2e-node && npm ci && node --test

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync, inflateSync } from 'node:zlib';
import appManifest from '@microsoft/app-manifest';

const { AppManifestUtils } = appManifest;
const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const teamsDir = resolve(here, '../../deploy/teams');
const packageScript = join(teamsDir, 'package.sh');

const BOT_ID = '0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9';
const TEAMS_APP_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const SCHEMA_URL = 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json';
const COMMANDS = ['help', 'topics', 'guide', 'trial', 'delete my data'];

/** The bundled copy of the schema that $schema names; passing it explicitly means validation never goes online. */
function bundledSchema(url) {
  const suffix = new URL(url).pathname; // /json-schemas/teams/v1.19/MicrosoftTeams.schema.json
  const file = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', suffix);
  assert.ok(existsSync(file), `@microsoft/app-manifest does not bundle ${url} (looked for ${file})`);
  // The same clean-up the package applies: the schema has \a and \v escapes that JSON.parse rejects.
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/** Reads a zip's entries from its central directory: name → contents. Enough for stored and deflated files. */
function readZip(buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'not a zip file: no end of central directory record');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buffer.readUInt32LE(offset), 0x02014b50, 'bad central directory entry');
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localHeader = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const dataStart = localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    assert.ok(method === 0 || method === 8, `${name}: unsupported compression method ${method}`);
    entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
function pngHeader(png) {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG signature');
  assert.equal(png.toString('ascii', 12, 16), 'IHDR', 'the first chunk is not IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24], colorType: png[25], interlace: png[28] };
}

/** Decodes a non-interlaced 8-bit RGBA PNG into rows of [r, g, b, a] pixels. */
function rgbaPixels(png) {
  const { width, height, bitDepth, colorType, interlace } = pngHeader(png);
  assert.equal(bitDepth, 8);
  assert.equal(colorType, 6);
  assert.equal(interlace, 0);
  const idat = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.toString('ascii', offset + 4, offset + 8) === 'IDAT') idat.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const rows = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const left = i >= 4 ? line[i - 4] : 0;
      const up = previous[i];
      const upLeft = i >= 4 ? previous[i - 4] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      line[i] = (line[i] + predictor) & 0xff;
    }
    rows.push(Array.from({ length: width }, (_, x) => [...line.subarray(x * 4, x * 4 + 4)]));
    previous = line;
  }
  return rows;
}

function buildPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'gutskin-teams-'));
  const out = join(dir, 'gutskin-teams.zip');
  execFileSync('bash', [packageScript, BOT_ID, TEAMS_APP_ID, out], { stdio: ['ignore', 'pipe', 'pipe'] });
  const entries = readZip(readFileSync(out));
  rmSync(dir, { recursive: true, force: true });
  return entries;
}

const entries = buildPackage();
const manifest = JSON.parse(entries.get('manifest.json').toString('utf8'));

test('the package holds exactly manifest.json and the two icons, at the zip root', () => {
  assert.deepEqual([...entries.keys()].sort(), ['color.png', 'manifest.json', 'outline.png']);
});

test('the filled manifest is valid against the bundled Teams v1.19 schema', async () => {
  assert.equal(manifest.$schema, SCHEMA_URL);
  assert.equal(manifest.manifestVersion, '1.19');
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, bundledSchema(manifest.$schema));
  assert.deepEqual(errors, []);
});

test('the placeholders are filled with the ids given to package.sh', () => {
  const text = entries.get('manifest.json').toString('utf8');
  assert.doesNotMatch(text, /\{\{[A-Z_]+\}\}/);
  assert.equal(manifest.id, TEAMS_APP_ID);
  assert.equal(manifest.bots[0].botId, BOT_ID);
});

test('the bot is conversational in personal, team and group chat scopes, without files', () => {
  const [bot] = manifest.bots;
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  assert.equal(bot.supportsFiles, false);
  assert.equal(bot.isNotificationOnly, false);
});

test('the command menus for personal and team scopes list help, topics, guide, trial and delete my data', () => {
  for (const scope of ['personal', 'team']) {
    const list = manifest.bots[0].commandLists.find((l) => l.scopes.includes(scope));
    assert.ok(list, `no command list for the ${scope} scope`);
    assert.deepEqual(list.commands.map((c) => c.title), COMMANDS);
    for (const command of list.commands) assert.ok(command.description.trim().length > 0, `${command.title} has no description`);
  }
});

test('the descriptions say general information, not medical advice', () => {
  assert.match(manifest.description.short, /general information, not medical advice/i);
  assert.match(manifest.description.full, /general information, not medical advice/i);
});

test('color.png is 192x192', () => {
  const { width, height } = pngHeader(entries.get('color.png'));
  assert.deepEqual([width, height], [192, 192]);
});

test('outline.png is 32x32 RGBA, white only, on a transparent background', () => {
  const png = entries.get('outline.png');
  const { width, height, colorType } = pngHeader(png);
  assert.deepEqual([width, height], [32, 32]);
  assert.equal(colorType, 6, 'outline.png needs an alpha channel (PNG colour type 6)');
  const rows = rgbaPixels(png);
  const visible = rows.flat().filter(([, , , a]) => a > 0);
  assert.ok(visible.length > 0, 'outline.png is fully transparent');
  assert.ok(visible.length < 32 * 32 / 2, 'outline.png should be mostly transparent background');
  assert.deepEqual(visible.filter(([r, g, b]) => r !== 255 || g !== 255 || b !== 255), [], 'outline.png has non-white pixels');
  for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]]) assert.equal(rows[y][x][3], 0, `corner (${x},${y}) is not transparent`);
});

test('the validator reports a manifest with a missing required field (proves the check can fail)', async () => {
  const broken = structuredClone(manifest);
  delete broken.name;
  const errors = await AppManifestUtils.validateAgainstSchema(broken, bundledSchema(broken.$schema));
  assert.ok(errors.some((e) => /must have required property 'name'/.test(e)), `unexpected errors: ${JSON.stringify(errors)}`);
});

test('the validator reports a bot id that is not a GUID', async () => {
  const broken = structuredClone(manifest);
  broken.bots[0].botId = '{{BOT_ID}}';
  const errors = await AppManifestUtils.validateAgainstSchema(broken, bundledSchema(broken.$schema));
  assert.ok(errors.some((e) => e.startsWith('/bots/0/botId ')), `unexpected errors: ${JSON.stringify(errors)}`);
});

test('package.sh refuses an id that is not a GUID', () => {
  const run = spawnSync('bash', [packageScript, 'not-a-guid'], { encoding: 'utf8' });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /BOT_ID 'not-a-guid' is not a GUID/);
});
