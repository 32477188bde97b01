/* search.js: search the strategy in the browser, offline. The index (search-index.js, written by the build)
   is a script that sets window.PRESS_SEARCH_INDEX, so it loads from file:// too. It is loaded the first time
   someone searches. Ranking: id matches first, then words of the title, then the text.
   The header box is an ARIA combobox with a listbox of results (arrows move, Enter opens, Escape closes);
   search.html lists every result for ?q=. */
(function () {
  'use strict';

  var INDEX_SRC = 'search-index.js';
  var SHOWN = 8;
  var loading = null;
  /* The words, in the page's language: the data-words-* attributes of the header's search form (layout.ftlh);
     {n} is a number, {q} the query. */
  var form = document.querySelector('form.site-search');
  var said = form ? form.dataset : {};

  function say(key, n, q) {
    var text = said[key] || '';
    if (n !== undefined) text = text.replace('{n}', n.toLocaleString(document.documentElement.lang || undefined));
    return q === undefined ? text : text.replace('{q}', q);
  }

  function count(n) {
    return say(n === 1 ? 'wordsOne' : 'wordsOther', n);
  }

  function loadIndex() {
    if (window.PRESS_SEARCH_INDEX) return Promise.resolve(window.PRESS_SEARCH_INDEX);
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = INDEX_SRC;
        s.onload = function () { resolve(window.PRESS_SEARCH_INDEX || []); };
        s.onerror = function () { loading = null; reject(new Error('the search index could not be loaded')); };
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function norm(s) {
    return (s || '').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  }

  function words(s) {
    return s.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  /* 0 when a term is missing; otherwise id matches outweigh title words, which outweigh the text. */
  function score(entry, q, terms) {
    var id = norm(entry.id), title = norm(entry.title), text = norm(entry.text + ' ' + entry.label);
    var titleWords = words(title);
    var total = 0;
    if (id && id === q) total += 100000;
    else if (id && id.indexOf(q) === 0) total += 50000;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], s = 0;
      if (id && id.indexOf(t) >= 0) s = 1000;
      else if (titleWords.indexOf(t) >= 0) s = 300;
      else if (titleWords.some(function (w) { return w.indexOf(t) === 0; })) s = 200;
      else if (title.indexOf(t) >= 0) s = 100;
      else if (text.indexOf(t) >= 0) s = 10;
      else return 0;
      total += s;
    }
    return total;
  }

  function search(index, query) {
    var q = norm(query).trim();
    if (!q) return [];
    var terms = q.split(/\s+/);
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var s = score(index[i], q, terms);
      if (s > 0) hits.push({ entry: index[i], score: s, order: i });
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits.map(function (h) { return h.entry; });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function describe(entry, into) {
    into.appendChild(el('span', 'result-kind', entry.label));
    if (entry.id) into.appendChild(el('span', 'result-id', entry.id));
    into.appendChild(el('span', 'result-title', entry.title));
  }

  function resultsPage(query) {
    return 'search.html?q=' + encodeURIComponent(query);
  }

  /* The combobox in the header. */
  function combobox(form) {
    var input = form.querySelector('input[role=combobox]');
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var status = form.querySelector('[role=status]');
    var options = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function setActive(i) {
      if (options.length === 0) return;
      active = (i + options.length) % options.length;
      options.forEach(function (o, k) { o.el.setAttribute('aria-selected', String(k === active)); });
      input.setAttribute('aria-activedescendant', options[active].el.id);
      options[active].el.scrollIntoView({ block: 'nearest' });
    }

    function show(query, hits) {
      list.textContent = '';
      options = [];
      active = -1;
      input.removeAttribute('aria-activedescendant');
      hits.slice(0, SHOWN).forEach(function (entry, i) {
        var li = el('li', 'result');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        describe(entry, li);
        options.push({ el: li, href: entry.href });
        list.appendChild(li);
      });
      if (hits.length > 0) {
        var all = el('li', 'result result-all', hits.length > SHOWN ? say('wordsAll', hits.length) : say('wordsShowPage'));
        all.id = list.id + '-all';
        all.setAttribute('role', 'option');
        all.setAttribute('aria-selected', 'false');
        options.push({ el: all, href: resultsPage(query) });
        list.appendChild(all);
      }
      var open = hits.length > 0;
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      status.textContent = hits.length === 0 ? say('wordsNone') : count(hits.length) + say('wordsChoose');
    }

    function update() {
      var query = input.value;
      var ticket = ++asked;
      if (!query.trim()) { close(); status.textContent = ''; return; }
      loadIndex().then(function (index) {
        if (ticket === asked) show(query, search(index, query));
      }, function (err) { status.textContent = err.message; });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(update, 60);
    });
    input.addEventListener('focus', function () { loadIndex().catch(function () {}); });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (list.hidden && options.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
        setActive(active + 1);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        setActive(active < 0 ? options.length - 1 : active - 1);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (active >= 0 && !list.hidden) window.location.href = options[active].href;
        else if (input.value.trim()) window.location.href = resultsPage(input.value.trim());
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); e.stopPropagation(); close(); }
        else if (input.value) { e.preventDefault(); input.value = ''; status.textContent = ''; }
      } else if (e.key === 'Tab') {
        close();
      }
    });
    list.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep the focus in the box
    list.addEventListener('click', function (e) {
      var li = e.target.closest('[role=option]');
      if (!li) return;
      var o = options.filter(function (x) { return x.el === li; })[0];
      if (o) window.location.href = o.href;
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
    // the preview server forbids form submissions: go to the results page by script instead
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (input.value.trim()) window.location.href = resultsPage(input.value.trim());
    });
  }

  /* search.html: every result for ?q=. */
  function resultsList(form) {
    var input = form.querySelector('input[type=search]');
    var list = document.getElementById('search-page-results');
    var status = document.getElementById('search-page-status');
    var query = new URLSearchParams(window.location.search).get('q') || '';
    input.value = query;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      window.location.href = resultsPage(input.value.trim());
    });
    if (!query.trim()) { status.textContent = say('wordsEmpty'); return; }
    status.textContent = say('wordsSearching');
    loadIndex().then(function (index) {
      var hits = search(index, query);
      list.textContent = '';
      hits.forEach(function (entry) {
        var li = el('li', 'result');
        var a = el('a');
        a.href = entry.href;
        describe(entry, a);
        li.appendChild(a);
        if (entry.text) li.appendChild(el('p', 'result-text', entry.text));
        list.appendChild(li);
      });
      status.textContent = (hits.length === 0 ? say('wordsNone') : count(hits.length)) + say('wordsFor', undefined, query.trim());
    }, function (err) { status.textContent = err.message; });
  }

  if (form) combobox(form);
  var page = document.getElementById('search-page');
  if (page) resultsList(page);

  window.pressSearch = { search: search, loadIndex: loadIndex };
})();
