/* site.js: what every page does once scripts run. On a narrow screen the sidebar folds behind the
   "Contents" button (without JavaScript it simply stacks above the content). */
(function () {
  'use strict';
  document.documentElement.classList.add('js');
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
