// strategy-press preview: reload when the site is rebuilt (server-sent events from press serve).
(function () {
  'use strict';
  var events = new EventSource('/__press/events');
  events.addEventListener('reload', function () { window.location.reload(); });
  document.addEventListener('click', function (e) {
    if (e.target && e.target.id === 'press-overlay-close') {
      var overlay = document.getElementById('press-overlay');
      if (overlay) overlay.hidden = true;
    }
  });
})();
