// The workbench (`kvalitet serve`) in a real browser: Debian's Chromium, driven by
// playwright-core, with the pages' own Content-Security-Policy in force.
//
// The writer's flow on a copy of the bundled standards: open the overview, open a
// standard, misspell a keyword, see the finding appear (underlined and listed), apply
// its fix, see the preview change, add a line and save, find the file on disk as
// expected; change the file on disk and see the page offer the new version; keep the
// edits, try to save over the changed file and see it refused; reload with unsaved
// edits and get them back. axe-core runs on the overview and the editor and must find
// no WCAG 2.1 A/AA violation.
//
// The binary is KVALITET_BIN, else target/debug, else target/release (as the other
// browser test). With KVALITET_SCREENSHOT=FILE the editor is photographed there (the
// screenshot of docs/workbench.md).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FILE = 'glostrup/2024.kvs';

function binary() {
  const candidates = [
    process.env.KVALITET_BIN,
    ...[process.env.CARGO_TARGET_DIR, join(REPO, 'target')]
      .filter(Boolean)
      .flatMap((dir) => [join(dir, 'debug', 'kvalitet'), join(dir, 'release', 'kvalitet')]),
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  assert.ok(found, `no kvalitet binary; run cargo build first (looked at ${candidates.join(', ')})`);
  return found;
}

/** Starts `kvalitet serve` on a free port and returns the process and its address. */
function startServer(dir) {
  const server = spawn(binary(), ['serve', dir, '--port', '0', '--today', '2026-11-23'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (found) done({ server, base: found[1] });
    });
    server.stderr.on('data', (chunk) => { out += chunk; });
    server.on('exit', (code) => fail(new Error(`kvalitet serve exited ${code}: ${out}`)));
  });
}

async function axe(page) {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    WCAG_TAGS,
  );
  return results.violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
}

/** The preview frame's text, once it has loaded. */
async function previewText(page) {
  const frame = page.frameLocator('#preview');
  return frame.locator('body').innerText();
}

describe('kvalitet serve', () => {
  let work;
  let dir;
  let running;
  let context;
  const policyViolations = [];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'kvalitet-workbench-'));
    dir = join(work, 'standards');
    cpSync(join(REPO, 'standards'), dir, { recursive: true });
    running = await startServer(dir);
    context = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 1000 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    context.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  });

  after(async () => {
    await context?.close();
    running?.server.kill();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the overview lists the standards and has no WCAG 2.1 A/AA violation', async () => {
    const page = await context.newPage();
    await page.goto(running.base);
    await page.locator('#standards tbody tr').first().waitFor();
    const rows = await page.locator('#standards tbody tr').count();
    assert.equal(rows, 6);
    await page.fill('#filter', 'Hjørring');
    assert.equal(await page.locator('#standards tbody tr').count(), 2);
    await page.fill('#filter', '');
    const violations = await axe(page);
    assert.deepEqual(violations, [], `axe found violations:\n${violations.join('\n')}`);
    await page.close();
  });

  it('edits, fixes, saves, sees changes on disk and refuses a save over them', async () => {
    const page = await context.newPage();
    await page.goto(running.base);
    await page.click(`a[href="/edit?path=${encodeURIComponent(FILE)}"]`);
    await page.waitForURL(/\/edit\?path=/);
    await page.locator('#findings li').first().waitFor();
    assert.match(await previewText(page), /Revideres/);

    const violations = await axe(page);
    assert.deepEqual(violations, [], `axe found violations in the editor:\n${violations.join('\n')}`);

    // Misspell `revideres` by typing over it.
    const text = page.locator('#text');
    const original = readFileSync(join(dir, FILE), 'utf8');
    const at = original.indexOf('revideres årligt');
    await text.evaluate((area, start) => { area.focus(); area.setSelectionRange(start, start + 'revideres'.length); }, at);
    await page.keyboard.type('revideers');
    const finding = page.locator('#findings li', { hasText: 'KS010' });
    await finding.waitFor();
    assert.match(await finding.innerText(), /Linje 18, kolonne 3/);
    assert.match(await finding.innerText(), /Sådan retter du det/);
    // The finding speaks Danish: its message, and the fix's title on its button.
    assert.match(await finding.innerText(), /ukendt nøgleord `revideers`/);
    assert.equal(await finding.getAttribute('lang'), 'da');
    assert.match(await finding.getByRole('button', { name: /^Ret:/ }).innerText(), /erstat `revideers` med `revideres`/);
    await page.locator('mark', { hasText: 'revideers' }).waitFor({ state: 'attached' });
    await page.waitForFunction(() => !document.querySelector('#preview').contentDocument?.body?.innerText.includes('Revideres'));

    if (process.env.KVALITET_SCREENSHOT) {
      await text.evaluate((area, start) => { area.setSelectionRange(start, start); area.blur(); }, at);
      await page.screenshot({ path: process.env.KVALITET_SCREENSHOT });
    }

    // Apply its fix: the text is right again, and the preview shows the revision.
    await finding.getByRole('button', { name: /^Ret:/ }).click();
    await page.waitForFunction(() => document.querySelector('#text').value.includes('  revideres årligt'));
    await page.waitForFunction(() => document.querySelector('#preview').contentDocument?.body?.innerText.includes('Revideres'));
    assert.equal(await page.locator('#findings li', { hasText: 'KS010' }).count(), 0);
    // Add a line and save: the file on disk is the text.
    await text.evaluate((area) => { area.focus(); area.setSelectionRange(area.value.length, area.value.length); });
    await page.keyboard.type('# gemt i værkstedet\n');
    await page.click('#save');
    await page.locator('#status', { hasText: 'Gemt.' }).waitFor();
    const saved = readFileSync(join(dir, FILE), 'utf8');
    assert.equal(saved, `${original}# gemt i værkstedet\n`);

    // Someone else changes the file: the page offers the new version.
    const external = `${saved}# ændret udefra\n`;
    writeFileSync(join(dir, FILE), external);
    const banner = page.locator('#banner');
    await banner.locator('text=Filen er ændret på disken').waitFor();
    assert.equal(await page.locator('#banner-take').innerText(), 'Hent versionen fra disken');

    // Keep the edits, and try to save over the changed file: refused, file untouched.
    await page.click('#banner-keep');
    await text.evaluate((area) => { area.focus(); area.setSelectionRange(area.value.length, area.value.length); });
    await page.keyboard.type('# min ændring\n');
    await page.click('#save');
    await banner.locator('text=så den blev ikke gemt').waitFor();
    assert.match(await page.locator('#banner-diff').innerText(), /-# ændret udefra/);
    assert.equal(readFileSync(join(dir, FILE), 'utf8'), external);

    // Fetch the version on disk: the editor holds it.
    await page.click('#banner-take');
    await page.waitForFunction(() => document.querySelector('#text').value.endsWith('# ændret udefra\n'));

    // Unsaved edits survive a reload and are offered back.
    await text.evaluate((area) => { area.focus(); area.setSelectionRange(0, 0); });
    await page.keyboard.type('# ikke gemt\n');
    await page.reload();
    await banner.locator('text=ugemte ændringer').waitFor();
    await page.click('#banner-keep');
    await page.waitForFunction(() => document.querySelector('#text').value.startsWith('# ikke gemt\n'));
    assert.equal(readFileSync(join(dir, FILE), 'utf8'), external);
    await page.close();
    assert.deepEqual(policyViolations, []);
  });
});
