// The editor: the text with line numbers and its findings underlined, the findings
// listed with their fixes, the citizen page beside it, saving with conflict detection,
// unsaved edits kept in localStorage, and changes on disk pushed by the server.
'use strict';

const CHECK_DELAY = 250;
const csrf = document.querySelector('meta[name="csrf"]').content;
const path = document.querySelector('main').dataset.path;
const storageKey = `kvalitet:${path}`;

const text = document.getElementById('text');
const gutter = document.querySelector('.gutter');
const backdrop = document.querySelector('.backdrop');
const highlights = document.querySelector('.highlights');
const list = document.getElementById('findings');
const preview = document.getElementById('preview');
const statusLine = document.getElementById('status');
const banner = document.getElementById('banner');

/** The file as last read from or written to disk. */
let base = { text: '', hash: '' };
let findings = [];
// The language of the findings' texts (the page is Danish; `serve --lang en` is not).
let findingsLang = 'da';
let timer = null;
let checkSeq = 0;
let pendingDisk = null;

const SEVERITY = { error: 'Fejl', warning: 'Advarsel', advice: 'Råd' };

function say(message) {
  statusLine.textContent = message;
}

async function post(url, body) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kvalitet-csrf': csrf },
    body: JSON.stringify(body),
  });
}

function remember() {
  if (text.value === base.text) localStorage.removeItem(storageKey);
  else localStorage.setItem(storageKey, JSON.stringify({ text: text.value, hash: base.hash }));
}

function lines() {
  let count = 1;
  for (let i = 0; i < text.value.length; i += 1) if (text.value.charCodeAt(i) === 10) count += 1;
  const numbers = [];
  for (let i = 1; i <= count; i += 1) numbers.push(i);
  gutter.textContent = `${numbers.join('\n')}\n`;
}

function underline() {
  const value = text.value;
  const parts = [];
  let at = 0;
  const spans = findings
    .map((f) => ({ start: f.start, end: Math.max(f.end, f.start + 1), severity: f.severity }))
    .sort((a, b) => a.start - b.start);
  for (const span of spans) {
    if (span.start < at || span.start > value.length) continue;
    parts.push(document.createTextNode(value.slice(at, span.start)));
    const mark = document.createElement('mark');
    mark.className = span.severity;
    mark.textContent = value.slice(span.start, Math.min(span.end, value.length)) || ' ';
    parts.push(mark);
    at = Math.min(span.end, value.length);
  }
  parts.push(document.createTextNode(`${value.slice(at)}\n`));
  highlights.replaceChildren(...parts);
  sync();
}

function sync() {
  backdrop.scrollTop = text.scrollTop;
  backdrop.scrollLeft = text.scrollLeft;
  gutter.scrollTop = text.scrollTop;
}

function select(finding) {
  text.focus();
  text.setSelectionRange(finding.start, Math.max(finding.end, finding.start));
}

function renderFindings() {
  list.replaceChildren();
  for (const f of findings) {
    const item = document.createElement('li');
    item.className = `finding ${f.severity}`;
    item.lang = findingsLang;
    const head = document.createElement('p');
    const where = document.createElement('button');
    where.type = 'button';
    where.className = 'goto';
    where.textContent = `Linje ${f.line}, kolonne ${f.column}`;
    where.addEventListener('click', () => select(f));
    const kind = document.createElement('strong');
    kind.textContent = ` ${SEVERITY[f.severity] ?? f.severity} ${f.code}: `;
    const message = document.createElement('span');
    message.className = 'message';
    message.textContent = f.message;
    head.append(where, kind, message);
    item.appendChild(head);
    if (f.label) {
      const label = document.createElement('p');
      label.textContent = f.label;
      item.appendChild(label);
    }
    if (f.help) {
      const help = document.createElement('p');
      help.className = 'help';
      help.textContent = `Sådan retter du det: ${f.help}`;
      item.appendChild(help);
    }
    const actions = document.createElement('p');
    const rule = document.createElement('a');
    rule.href = `/explain/${encodeURIComponent(f.code)}`;
    rule.textContent = `Om ${f.code}`;
    actions.appendChild(rule);
    if (f.fix) {
      const fix = document.createElement('button');
      fix.type = 'button';
      fix.className = 'fix';
      fix.textContent = `Ret: ${f.fix.title}${f.fix.safe ? '' : ' (gennemse den)'}`;
      fix.addEventListener('click', () => applyFix(f.index));
      actions.append(' ', fix);
    }
    item.appendChild(actions);
    list.appendChild(item);
  }
  const count = findings.length;
  document.getElementById('findings-count').textContent =
    count === 0 ? 'Ingen fund.' : `${count} ${count === 1 ? 'fund' : 'fund'}.`;
}

async function check() {
  const seq = ++checkSeq;
  const sent = text.value;
  const response = await post('/api/check', { path, text: sent });
  if (seq !== checkSeq) return;
  if (!response.ok) {
    say(await response.text());
    return;
  }
  const checked = await response.json();
  findings = checked.findings;
  findingsLang = checked.lang || 'da';
  renderFindings();
  underline();
  preview.src = `/preview?path=${encodeURIComponent(path)}&v=${checked.preview}`;
}

function edited() {
  lines();
  underline();
  remember();
  clearTimeout(timer);
  timer = setTimeout(check, CHECK_DELAY);
}

async function applyFix(index) {
  const response = await post('/api/fix', { path, text: text.value, index });
  if (!response.ok) {
    say(await response.text());
    return;
  }
  const fixed = await response.json();
  text.value = fixed.text;
  lines();
  remember();
  say('Rettelsen er lavet; husk at gemme.');
  await check();
}

/** What the banner's two choices do, set with each banner. */
let choices = { take: () => {}, keep: () => {} };

function showBanner(message, {
  diff = null, force = false, take = 'Hent versionen fra disken', keep = 'Behold mine ændringer', onTake, onKeep,
} = {}) {
  document.getElementById('banner-text').textContent = message;
  document.getElementById('banner-take').textContent = take;
  document.getElementById('banner-keep').textContent = keep;
  const disk = pendingDisk;
  choices = {
    take: onTake ?? (() => { if (disk) takeDisk(disk); }),
    keep: onKeep ?? (() => {}),
  };
  const diffBox = document.getElementById('banner-diff');
  diffBox.hidden = !diff;
  diffBox.textContent = diff ?? '';
  document.getElementById('banner-force').hidden = !force;
  banner.hidden = false;
}

function hideBanner() {
  banner.hidden = true;
  pendingDisk = null;
}

function takeDisk(disk) {
  base = { text: disk.text, hash: disk.hash };
  text.value = disk.text;
  localStorage.removeItem(storageKey);
  lines();
  check();
}

async function save(hash) {
  const response = await post('/api/save', {
    path, text: text.value, hash: hash ?? base.hash, format: document.getElementById('format').checked,
  });
  if (response.status === 409) {
    const conflict = await response.json();
    pendingDisk = conflict;
    showBanner(conflict.message, { diff: conflict.diff, force: true });
    say('Ikke gemt.');
    return;
  }
  if (!response.ok) {
    say(`Ikke gemt: ${await response.text()}`);
    return;
  }
  const saved = await response.json();
  base = { text: saved.text, hash: saved.hash };
  if (text.value !== saved.text) {
    text.value = saved.text;
    lines();
    check();
  }
  localStorage.removeItem(storageKey);
  hideBanner();
  say('Gemt.');
}

async function diskChanged() {
  const response = await fetch(`/api/file?path=${encodeURIComponent(path)}`);
  if (!response.ok) return;
  const disk = await response.json();
  if (disk.hash === base.hash) return;
  // The editor holds it already (our own save, announced before its answer came).
  if (disk.text === text.value) {
    base = { text: disk.text, hash: disk.hash };
    return;
  }
  pendingDisk = disk;
  showBanner('Filen er ændret på disken. Vil du hente den nye version?');
}

async function draft() {
  const response = await post('/api/draft', { path });
  if (!response.ok) {
    say(`Intet udkast: ${await response.text()}`);
    return;
  }
  const made = await response.json();
  statusLine.replaceChildren();
  const link = document.createElement('a');
  link.href = `/edit?path=${encodeURIComponent(made.path)}`;
  link.textContent = `Udkastet for ${made.year} er gemt som ${made.path}: åbn det`;
  statusLine.appendChild(link);
}

async function start() {
  const response = await fetch(`/api/file?path=${encodeURIComponent(path)}`);
  if (!response.ok) {
    say(await response.text());
    return;
  }
  const disk = await response.json();
  base = { text: disk.text, hash: disk.hash };
  text.value = disk.text;
  const kept = JSON.parse(localStorage.getItem(storageKey) ?? 'null');
  if (kept && kept.text !== disk.text) {
    pendingDisk = null;
    showBanner('Du har ugemte ændringer fra sidst. Vil du fortsætte med dem?', {
      take: 'Kassér dem',
      keep: 'Gendan mine ændringer',
      onTake: () => localStorage.removeItem(storageKey),
      onKeep: () => {
        text.value = kept.text;
        lines();
        remember();
        check();
      },
    });
  }
  lines();
  await check();
}

document.addEventListener('DOMContentLoaded', () => {
  text.addEventListener('input', edited);
  text.addEventListener('scroll', sync);
  document.getElementById('save').addEventListener('click', () => save());
  document.getElementById('draft').addEventListener('click', draft);
  const other = document.getElementById('other');
  const diffLink = document.getElementById('diff');
  other.addEventListener('change', () => {
    diffLink.hidden = !other.value;
    diffLink.href = `/diff?old=${encodeURIComponent(other.value)}&new=${encodeURIComponent(path)}`;
  });
  document.getElementById('banner-take').addEventListener('click', () => {
    const { take } = choices;
    hideBanner();
    take();
  });
  document.getElementById('banner-keep').addEventListener('click', () => {
    const { keep } = choices;
    hideBanner();
    keep();
  });
  document.getElementById('banner-force').addEventListener('click', () => {
    if (pendingDisk) save(pendingDisk.hash);
  });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 's') {
      event.preventDefault();
      save();
    }
  });
  const events = new EventSource('/api/events');
  events.addEventListener('changed', (event) => {
    if (event.data === path) diskChanged();
  });
  start();
});
