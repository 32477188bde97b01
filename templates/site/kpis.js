/* kpis.js: the KPI explorer. Without JavaScript kpis.html is a plain table; with it, the filters appear
   (each select matches a data-* attribute of the rows, a space-separated list; a checked checkbox with
   data-flag keeps the rows whose data-<flag> is its value, such as "Quick wins only"), the count follows them
   (in the words of the page's data-all and data-some, so in the page's language),
   and every column with data-sortable gets a sort button (aria-sort on the sorted column). */
(function () {
  'use strict';
  var table = document.getElementById('kpi-table');
  var form = document.getElementById('kpi-filters');
  var count = document.getElementById('kpi-count');
  if (!table || !form || !count) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-filter]'));
  var flags = Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][data-flag]'));

  function matches(row, key, value) {
    return !value || (' ' + (row.dataset[key] || '') + ' ').indexOf(' ' + value + ' ') >= 0;
  }

  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = selects.every(function (s) { return matches(row, s.dataset.filter, s.value); })
        && flags.every(function (f) { return !f.checked || row.dataset[f.dataset.flag] === f.value; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    // the words come from the page (data-all, data-some with {n} for the number shown), in its language
    count.textContent = shown === rows.length ? count.dataset.all
      : count.dataset.some.replace('{n}', shown.toLocaleString(document.documentElement.lang || undefined));
  }

  selects.concat(flags).forEach(function (s) { s.addEventListener('change', apply); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();

  function value(row, col) {
    var cell = row.cells[col];
    if (!cell) return '';
    return cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
  }

  function compare(a, b) {
    var x = Number(a), y = Number(b);
    if (a !== '' && b !== '' && isFinite(x) && isFinite(y)) return x - y;
    return a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
  }

  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (th, col) {
    if (!th.hasAttribute('data-sortable')) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent.trim();
    var icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.appendChild(icon);
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', function () {
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var sorted = rows.slice().sort(function (a, b) {
        var c = compare(value(a, col), value(b, col));
        return dir === 'ascending' ? c : -c;
      });
      sorted.forEach(function (row) { body.appendChild(row); });
    });
  });
})();
