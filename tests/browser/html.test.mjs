// The citizen pages in a real browser: Debian's Chromium, driven by playwright-core.
//
// 1. Accessibility: axe-core runs in every generated page (the index, each standard,
//    the author's previews, the injection fixture, a preview that marks proposals) with
//    the WCAG 2.0/2.1 A and AA rules, and must find no violation.
// 2. Script injection: tests/fixtures/html/injection.kvs puts script-injection strings
//    in every kind of text. Its pages are loaded with the Content-Security-Policy
//    bypassed, so that only the escaping stands between the strings and the browser:
//    no dialog may open, no injected code may set window.__pwned, and the page may hold
//    no element or attribute that the templates do not write. With the policy on, the
//    pages must also cause no policy violation.
//
// The comparison reports (of the five seeds, and of 98 synthetic municipalities, which
// lead with the distribution view) go through the axe and reflow checks too.
// 3. Reflow (WCAG 2.1 SC 1.4.10, which axe-core does not test): at 320 and 390 CSS
//    pixels wide, no page is wider than the viewport (every bundled standard, the index,
//    the previews and the comparison report): tables scroll inside their own focusable,
//    labelled frame, and long words and addresses wrap.
//
// The pages are built by the kvalitet binary (KVALITET_BIN, else target/debug, else
// target/release) and served from a static server on 127.0.0.1. No browser is
// downloaded: CHROMIUM, else /usr/bin/chromium.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const TODAY = '2026-11-23';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The elements the templates write; anything else came from a standard. */
const TEMPLATE_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'link', 'body', 'a', 'header', 'div', 'p', 'nav',
  'main', 'footer', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'ul', 'ol', 'li',
  'strong', 'span', 'code', 'br', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'caption',
]);

/** The attributes the templates write. */
const TEMPLATE_ATTRIBUTES = new Set([
  'lang', 'charset', 'name', 'content', 'http-equiv', 'rel', 'href', 'class', 'id',
  'tabindex', 'aria-label', 'aria-labelledby', 'aria-hidden', 'scope', 'role',
]);

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

/** Runs `kvalitet build … --format html`; findings (exit 1) are fine, usage errors not. */
function build(inputs, out, extra = []) {
  const result = spawnSync(
    binary(),
    ['build', ...inputs, '--format', 'html', '--out', out, '--today', TODAY, ...extra],
    { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  assert.ok(
    result.status === 0 || result.status === 1,
    `kvalitet build failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
  );
  const summary = result.stdout.trim().split('\n').pop();
  assert.match(summary, /^wrote [1-9]\d* HTML page/, summary);
}

/** Runs `kvalitet compare … --format html` into `out`. */
function compareReport(inputs, out) {
  const result = spawnSync(
    binary(),
    ['compare', ...inputs, '--format', 'html', '--out', out, '--today', TODAY],
    { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  assert.equal(result.status, 0, `kvalitet compare failed:\n${result.stdout}\n${result.stderr}`);
}

const SEEDS = [
  'standards/ballerup/2011.kvs',
  'standards/glostrup/2024.kvs',
  'standards/hjoerring/2024.kvs',
  'standards/ishoej/2024.kvs',
  'standards/vesthimmerland/standard.kvs',
];

/**
 * Writes 98 SYNTHETIC standards into `dir` and returns their paths: each is a bundled
 * seed with the municipality renamed (`Syntetisk kommune 01` …) and every figure of
 * days, weeks, sessions and minutes shifted by a deterministic amount, as
 * tests/suite/country.rs makes them. They describe no real municipality.
 */
function syntheticCountry(dir) {
  mkdirSync(dir, { recursive: true });
  const seeds = SEEDS.map((path) => readFileSync(join(REPO, path), 'utf8'));
  const paths = [];
  for (let i = 1; i <= 98; i++) {
    const renamed = seeds[i % seeds.length]
      .split('\n')
      .map((line) => (line.trimStart().startsWith('kommune ') ? `  kommune "Syntetisk kommune ${String(i).padStart(2, '0')}"` : line))
      .join('\n');
    let count = 0;
    const varied = renamed.replace(/\d+(?= (hverdage|dage|uger|gange|minutter|måneder))/g, (digits) => {
      count += 1;
      const shift = (i * 7 + count * 3) % 13;
      return String(Math.max(1, Math.max(0, Number(digits) - 3) + shift));
    });
    const path = join(dir, `${String(i).padStart(2, '0')}.kvs`);
    writeFileSync(path, varied);
    paths.push(path);
  }
  return paths;
}

/** Every .html file under a directory, relative to it, with `/` separators. */
function pages(root, dir = root) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(root, path);
    return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A static server for `root` on 127.0.0.1; resolves to its base URL. */
async function serve(root) {
  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url, 'http://127.0.0.1');
      const path = resolve(root, `.${decodeURIComponent(url.pathname)}`);
      if (!path.startsWith(root + sep)) throw new Error('outside the site');
      const body = await readFile(path);
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}/` };
}

/** Formats axe violations so that a failure says what to fix. */
function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}`;
    })
    .join('\n');
}

describe('kvalitet build --format html', () => {
  let work;
  let site;
  let context;
  let strictContext;
  const axeSummary = [];

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'kvalitet-browser-'));
    site = join(work, 'site');
    build(['standards'], join(site, 'standards'));
    build(['standards'], join(site, 'preview'), ['--preview']);
    build(['tests/fixtures/html/injection.kvs'], join(site, 'injection'));
    build(['tests/fixtures/html/injection.kvs'], join(site, 'injection-preview'), ['--preview']);
    // A proposal in every place one can stand: only a preview is built, every
    // proposal marked in words.
    build(['tests/fixtures/ok/proposals.kvs'], join(site, 'proposals-preview'), ['--preview']);
    compareReport(SEEDS, join(site, 'compare', 'seeds.html'));
    // The whole country at a glance: the report leads with distributions.
    compareReport(syntheticCountry(join(work, 'country')), join(site, 'compare', 'country.html'));
    site = { root: site, ...(await serve(site)) };
    const launch = (bypassCSP) =>
      chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true,
        bypassCSP,
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
    // Without the policy, only the escaping protects the page: the injection test
    // must hold even then. axe runs here too, as it injects its own script.
    context = await launch(true);
    strictContext = await launch(false);
  });

  after(async () => {
    await context?.close();
    await strictContext?.close();
    site?.server?.close();
    if (axeSummary.length) console.log(`axe (${WCAG_TAGS.join(', ')}):\n${axeSummary.join('\n')}`);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('builds an index, a page per standard and a preview of each', () => {
    const built = pages(site.root);
    for (const page of [
      'standards/index.html',
      'standards/glostrup/2024.html',
      'standards/hjoerring/2024.html',
      'preview/index.html',
      'preview/ishoej/2024.html',
      'preview/hjoerring/2027.html',
      'injection/html/injection.html',
      'proposals-preview/ok/proposals.html',
      'compare/seeds.html',
      'compare/country.html',
    ]) {
      assert.ok(built.includes(page), `${page} was not built; built: ${built.join(', ')}`);
    }
    // The draft for 2027 holds proposals (`forslag:`): it has a preview, no public page.
    assert.ok(!built.includes('standards/hjoerring/2027.html'), 'a page with proposals was published');
  });

  it('every page has no WCAG 2.1 A/AA violation (axe-core)', async () => {
    const all = pages(site.root);
    assert.ok(all.length >= 10, `only ${all.length} pages`);
    const failures = [];
    for (const path of all) {
      const page = await context.newPage();
      try {
        await page.goto(site.base + path, { waitUntil: 'load' });
        await page.evaluate(AXE_SOURCE);
        const results = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
          WCAG_TAGS,
        );
        axeSummary.push(
          `  ${path}: ${results.violations.length} violations, ${results.passes.length} rules passed, ${results.incomplete.length} to review`,
        );
        if (results.violations.length) {
          failures.push(`${path}:\n${describeViolations(results.violations)}`);
        }
      } finally {
        await page.close();
      }
    }
    assert.equal(failures.length, 0, `axe found violations:\n${failures.join('\n')}`);
  });

  it('every page has one h1, no skipped heading level, a skip link and Danish lang', async () => {
    const problems = [];
    // The comparison report has its own layout (src/emit/compare/templates).
    for (const path of pages(site.root).filter((p) => !p.startsWith('compare/'))) {
      const page = await context.newPage();
      try {
        await page.goto(site.base + path, { waitUntil: 'load' });
        const found = await page.evaluate(() => {
          const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
          const skipped = levels.filter((level, i) => i > 0 && level > levels[i - 1] + 1);
          const skip = document.querySelector('a.skip-link');
          return {
            h1: levels.filter((level) => level === 1).length,
            first: levels[0],
            skipped: skipped.length,
            lang: document.documentElement.lang,
            skip: skip ? skip.getAttribute('href') : null,
            target: skip ? Boolean(document.querySelector(skip.getAttribute('href'))) : false,
            landmarks: ['header', 'main', 'footer'].filter((tag) => document.querySelectorAll(tag).length > 0),
          };
        });
        if (found.h1 !== 1 || found.first !== 1 || found.skipped) problems.push(`${path}: headings ${JSON.stringify(found)}`);
        if (found.lang !== 'da') problems.push(`${path}: lang="${found.lang}"`);
        if (!found.skip || !found.target) problems.push(`${path}: no working skip link`);
        if (found.landmarks.length !== 3) problems.push(`${path}: landmarks ${found.landmarks}`);
        // The skip link is the first thing the keyboard reaches, and it shows.
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement;
          const box = element.getBoundingClientRect();
          return { skip: element.classList.contains('skip-link'), visible: box.top >= 0 && box.height > 0 };
        });
        if (!focused.skip || !focused.visible) problems.push(`${path}: the first Tab does not show the skip link`);
      } finally {
        await page.close();
      }
    }
    assert.deepEqual(problems, []);
  });

  for (const width of [320, 390]) {
    it(`every page reflows at ${width} CSS pixels (WCAG 1.4.10)`, async () => {
      const wide = [];
      const frames = [];
      for (const path of pages(site.root)) {
        const page = await context.newPage();
        try {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(site.base + path, { waitUntil: 'load' });
          const found = await page.evaluate(() => {
            const view = window.innerWidth;
            // The widest elements that stick out, to say what to fix.
            // (an element that sticks out, or whose text overflows it).
            const culprits = [...document.querySelectorAll('body *')]
              .filter((e) => !e.parentElement.closest('.table-wrap, .table-scroll'))
              .filter((e) => e.getBoundingClientRect().right > view + 1 || e.scrollWidth > e.clientWidth + 1)
              .filter((e) => getComputedStyle(e).overflowX === 'visible')
              .slice(-3)
              .map((e) => `${e.localName}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)}px, ${e.scrollWidth}px of content)`);
            // A frame that scrolls must be reachable and named (WCAG 2.1.1, 4.1.2).
            const unnamed = [...document.querySelectorAll('.table-wrap, .table-scroll')]
              .filter((e) => e.scrollWidth > e.clientWidth)
              .filter((e) => e.tabIndex < 0 || !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby')))
              .map((e) => e.outerHTML.slice(0, 80));
            return { scroll: document.documentElement.scrollWidth, view, culprits, unnamed };
          });
          if (found.scroll > found.view) {
            wide.push(`${path}: ${found.scroll}px wide in ${found.view}px; ${found.culprits.join(', ')}`);
          }
          if (found.unnamed.length) frames.push(`${path}: ${found.unnamed.join(' | ')}`);
        } finally {
          await page.close();
        }
      }
      assert.deepEqual(wide, [], 'pages wider than the viewport');
      assert.deepEqual(frames, [], 'scrolling frames without tabindex="0" and a label');
    });
  }

  for (const path of ['injection/html/injection.html', 'injection-preview/html/injection.html', 'injection/index.html']) {
    it(`injected strings stay text: ${path}`, async () => {
      const page = await context.newPage();
      const dialogs = [];
      const errors = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        await dialog.dismiss();
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      try {
        await page.goto(site.base + path, { waitUntil: 'load' });
        // Give onload, onfocus and timers a chance, and hover and focus every element.
        await page.evaluate(() => {
          for (const element of document.querySelectorAll('*')) {
            element.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
            if (typeof element.focus === 'function') element.focus();
          }
        });
        await page.waitForTimeout(300);
        const found = await page.evaluate(
          ({ tags, attributes }) => {
            const out = { pwned: window.__pwned ?? null, elements: [], attributes: [], links: [] };
            for (const element of document.querySelectorAll('*')) {
              const tag = element.localName;
              if (!tags.includes(tag)) out.elements.push(element.outerHTML.slice(0, 120));
              for (const attribute of element.attributes) {
                if (!attributes.includes(attribute.name)) out.attributes.push(`${tag}[${attribute.name}]`);
              }
            }
            for (const link of document.querySelectorAll('[href]')) {
              const url = new URL(link.getAttribute('href'), document.baseURI);
              const local = url.origin === location.origin;
              if (!local && !['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) {
                out.links.push(link.getAttribute('href'));
              }
            }
            return out;
          },
          { tags: [...TEMPLATE_TAGS], attributes: [...TEMPLATE_ATTRIBUTES] },
        );
        assert.deepEqual(dialogs, [], 'a dialog opened');
        assert.equal(found.pwned, null, 'injected code ran (window.__pwned is set)');
        assert.deepEqual(found.elements, [], 'elements the templates do not write');
        assert.deepEqual(found.attributes, [], 'attributes the templates do not write');
        assert.deepEqual(found.links, [], 'links that are not http, https, mailto or tel');
        assert.deepEqual(errors, [], 'errors in the console');
        if (path.endsWith('injection.html')) {
          const text = await page.textContent('main');
          assert.match(text, /<script>window\.__pwned=1/, 'the strings are shown as text');
        }
      } finally {
        await page.close();
      }
    });
  }

  it('a numbered list, a list nested under an item and a sub-heading are structure, not text', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.base}injection/html/injection.html`, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const heading = document.querySelector('main .sub-heading');
        const above = heading?.closest('section')?.querySelector('h2, h3, h4, h5');
        return {
          nested: document.querySelectorAll('main ol > li > ul > li').length,
          heading: heading ? { level: Number(heading.localName[1]), text: heading.textContent } : null,
          above: above ? Number(above.localName[1]) : null,
        };
      });
      assert.equal(found.nested, 2, 'the two items nested under the first numbered item');
      assert.ok(found.heading, 'no sub-heading on the page');
      assert.match(found.heading.text, /underoverskrift/);
      assert.ok(found.heading.level > found.above, `the sub-heading (h${found.heading.level}) is not below its section's heading (h${found.above})`);
    } finally {
      await page.close();
    }
  });

  it('pages cause no Content-Security-Policy violation with the policy on', async () => {
    for (const path of ['standards/glostrup/2024.html', 'preview/hjoerring/2027.html', 'injection/html/injection.html', 'standards/index.html']) {
      const page = await strictContext.newPage();
      const dialogs = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      try {
        const response = await page.goto(site.base + path, { waitUntil: 'load' });
        assert.equal(response.status(), 200);
        const result = await page.evaluate(() => ({
          violations: window.__violations,
          csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? null,
          styled: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
        }));
        assert.deepEqual(result.violations, [], `${path}: policy violations`);
        assert.match(result.csp ?? '', /default-src 'none'/, `${path}: no policy`);
        assert.notEqual(result.styled, 'rgba(0, 0, 0, 0)', `${path}: style.css did not load`);
        assert.deepEqual(dialogs, []);
      } finally {
        await page.close();
      }
    }
  });
});
