// arkivtext review pages: sorting the overview; on a document's page, looking at marked words,
// rejecting changes, typing corrections and exporting the decisions for `arkivtext correct`.
// SPDX-License-Identifier: GPL-3.0-or-later
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);

  function sortable(table) {
    let last = -1, descending = false;
    table.querySelectorAll('th button').forEach((button) => button.addEventListener('click', () => {
      const col = Number(button.dataset.col);
      descending = col === last ? !descending : false;
      last = col;
      const body = table.tBodies[0];
      const key = (row) => { const c = row.cells[col]; return c.dataset.v !== undefined ? Number(c.dataset.v) : c.textContent; };
      const rows = Array.from(body.rows).sort((a, b) => {
        const x = key(a), y = key(b);
        const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'sv');
        return descending ? -order : order;
      });
      rows.forEach((row) => body.appendChild(row));
    }));
  }

  function reviewPage() {
    const decisions = new Map();
    const marked = Array.from(document.querySelectorAll('.w.chg, .w.low'));
    let selected = null;

    function show(word) {
      if (selected) selected.classList.remove('sel');
      selected = word;
      word.classList.add('sel');
      $('wp-empty').hidden = true;
      $('wp').hidden = false;
      $('wp-id').textContent = word.id;
      $('wp-text').textContent = word.dataset.text;
      $('wp-raw').textContent = word.dataset.raw !== undefined ? word.dataset.raw : '(unchanged)';
      $('wp-rule').textContent = word.dataset.rule || '–';
      $('wp-conf').textContent = word.dataset.conf || '–';
      $('reject').disabled = word.dataset.raw === undefined;
      $('correction').disabled = $('apply').disabled = false;
      $('correction').value = word.dataset.text;
      word.scrollIntoView({ block: 'nearest' });
    }

    function decide(word, action, to) {
      if (to === word.dataset.text) { decisions.delete(word.id); word.classList.remove('decided'); }
      else { decisions.set(word.id, { word: word.id, action: action, from: word.dataset.text, to: to }); word.classList.add('decided'); }
      const list = $('decisions');
      list.textContent = '';
      decisions.forEach((d) => {
        const li = document.createElement('li');
        li.textContent = d.word + ': ' + d.from + ' → ' + d.to + ' (' + d.action + ')';
        list.appendChild(li);
      });
    }

    function reject() { if (selected && selected.dataset.raw !== undefined) decide(selected, 'reject', selected.dataset.raw); }

    function exportDecisions() {
      const body = document.body.dataset;
      const out = { format: 'arkivtext-decisions', version: 1, package: body.package, digest: body.digest,
                    document: body.document, reviewer: $('reviewer').value.trim(), decisions: Array.from(decisions.values()) };
      const json = JSON.stringify(out, null, 2) + '\n';
      $('export-json').value = json;
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      link.download = 'decisions-' + body.package + '.json';
      document.body.appendChild(link);
      link.click();
      link.remove();
    }

    function step(by) {
      if (!marked.length) return;
      const at = selected ? marked.indexOf(selected) : -1;
      const next = marked[(at + by + marked.length) % marked.length];
      next.focus();
      show(next);
    }

    document.querySelectorAll('.w').forEach((w) => w.addEventListener('click', () => show(w)));
    marked.forEach((w) => w.addEventListener('focus', () => show(w)));
    $('reject').addEventListener('click', reject);
    $('correct-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const to = $('correction').value.trim();
      if (selected && to && !/\s/.test(to)) decide(selected, 'correct', to);
    });
    $('export').addEventListener('click', exportDecisions);
    document.querySelectorAll('.rec').forEach((b) => b.addEventListener('click', () => {
      document.querySelectorAll('.w.hl').forEach((w) => w.classList.remove('hl'));
      const page = b.dataset.page, first = Number(b.dataset.first), last = Number(b.dataset.last);
      const words = Array.from(document.querySelectorAll('#page-' + page + ' .w')).filter((w) => {
        const line = Number(w.dataset.line); return line >= first && line <= last;
      });
      words.forEach((w) => w.classList.add('hl'));
      if (words.length) words[0].scrollIntoView({ block: 'center' });
    }));
    document.addEventListener('keydown', (e) => {
      if (e.target.closest('input, textarea') || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'n') step(1);
      else if (e.key === 'p') step(-1);
      else if (e.key === 'r') reject();
      else if (e.key === 'c' && selected) { e.preventDefault(); $('correction').focus(); $('correction').select(); }
      else if (e.key === 'Enter' && e.target.classList.contains('w')) show(e.target);
    });
  }

  const table = $('documents');
  if (table) sortable(table);
  if (document.body.classList.contains('doc')) reviewPage();
})();
