/* site.js: what every page does once scripts run. The language switcher keeps the section. On a narrow screen the sidebar folds behind the
   "Contents" button (without JavaScript it simply stacks above the content). */
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  // the language switcher goes to the same page in the other language; with scripts, to the same section too
  // (anchors are the same in every language: ids, or the source language's headings)
  Array.prototype.forEach.call(document.querySelectorAll('a.lang-switch'), function (a) {
    a.addEventListener('click', function () {
      if (location.hash) a.href = a.href.split('#')[0] + location.hash;
    });
  });
  var button = document.querySelector('.menu-toggle');
  var sidebar = document.getElementById('sidebar');
  if (!button || !sidebar) return;
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    sidebar.classList.toggle('open', open);
    if (open) {
      var first = sidebar.querySelector('a');
      if (first) first.focus();
    }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && sidebar.classList.contains('open')) {
      sidebar.classList.remove('open');
      button.setAttribute('aria-expanded', 'false');
      button.focus();
    }
  });
})();
