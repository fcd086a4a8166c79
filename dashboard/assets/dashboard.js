// Keeps the SLA countdowns ticking between refreshes, on the server's clock (data-now on the queue,
// or the page's render time) and gives htmx requests the session's CSRF token.
(function () {
  'use strict';
  var body = document.body;
  var csrf = body.getAttribute('data-csrf');
  if (csrf) {
    document.addEventListener('htmx:configRequest', function (event) {
      event.detail.headers['x-csrf-token'] = csrf;
    });
  }
  var skew = 0;
  function syncClock() {
    var rows = document.getElementById('queue-rows');
    var serverNow = rows && rows.getAttribute('data-now');
    if (serverNow) skew = Date.parse(serverNow) - Date.now();
  }
  // The words come from the page (texts.ts), so the countdown reads the same as the server's.
  var words = JSON.parse(body.getAttribute('data-countdown') || '{}');
  function label(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var h = Math.floor(minutes / 60);
    var d = (h ? words.hours : words.minutes).replace('{h}', String(h)).replace('{m}', String(minutes % 60));
    return (ms < 0 ? words.over : words.left).replace('{d}', d);
  }
  function tick() {
    var now = Date.now() + skew;
    var badges = document.querySelectorAll('[data-due]');
    for (var i = 0; i < badges.length; i++) {
      var el = badges[i];
      var due = Date.parse(el.getAttribute('data-due'));
      var start = Date.parse(el.getAttribute('data-start'));
      var left = due - now;
      var state = left < 0 ? 'red' : left < (due - start) / 3 ? 'amber' : 'ok';
      el.classList.remove('sla-ok', 'sla-amber', 'sla-red');
      el.classList.add('sla-' + state);
      el.textContent = label(left);
    }
  }
  syncClock();
  document.addEventListener('htmx:afterSwap', function () {
    syncClock();
    tick();
  });
  setInterval(tick, 30000);
})();
