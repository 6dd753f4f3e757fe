// The overview: every standard in the folder, sorted and filtered, refreshed when a
// file changes on disk.
'use strict';

let entries = [];
let sortKey = 'title';
let ascending = true;

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text;
  row.appendChild(td);
  return td;
}

function render() {
  const body = document.querySelector('#standards tbody');
  const filter = document.getElementById('filter').value.trim().toLowerCase();
  const shown = entries
    .filter((e) => !filter || [e.title, e.municipality, e.path, e.status, String(e.year ?? '')]
      .some((v) => v.toLowerCase().includes(filter)))
    .sort((a, b) => {
      const x = a[sortKey] ?? '';
      const y = b[sortKey] ?? '';
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'da');
      return ascending ? order : -order;
    });
  body.replaceChildren();
  for (const e of shown) {
    const row = document.createElement('tr');
    const first = document.createElement('td');
    const link = document.createElement('a');
    link.href = `/edit?path=${encodeURIComponent(e.path)}`;
    link.textContent = e.title;
    const path = document.createElement('span');
    path.className = 'path';
    path.textContent = e.path;
    first.append(link, ' ', path);
    row.appendChild(first);
    cell(row, e.municipality);
    cell(row, e.year ?? '');
    cell(row, e.status).className = `status ${e.status === 'forældet' ? 'stale' : e.status}`;
    cell(row, e.errors);
    cell(row, e.warnings);
    cell(row, e.advice);
    body.appendChild(row);
  }
  document.getElementById('status').textContent =
    `${shown.length} af ${entries.length} standarder vist.`;
  for (const th of document.querySelectorAll('#standards th')) {
    const key = th.querySelector('button').dataset.key;
    if (key === sortKey) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
}

async function load() {
  const response = await fetch('/api/files');
  if (!response.ok) {
    document.getElementById('status').textContent = 'Standarderne kunne ikke hentes.';
    return;
  }
  entries = await response.json();
  render();
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('filter').addEventListener('input', render);
  for (const button of document.querySelectorAll('#standards th button')) {
    button.addEventListener('click', () => {
      const key = button.dataset.key;
      ascending = key === sortKey ? !ascending : true;
      sortKey = key;
      render();
    });
  }
  load();
  const events = new EventSource('/api/events');
  events.addEventListener('changed', () => load());
});
