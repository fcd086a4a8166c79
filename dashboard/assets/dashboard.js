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
  function duration(ms, lang) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    var h = Math.floor(minutes / 60);
    var m = minutes % 60;
    if (lang === 'zh') return h ? h + '小时' + m + '分' : m + '分钟';
    return h ? h + ' h ' + m + ' min' : m + ' min';
  }
  function tick() {
    var now = Date.now() + skew;
    var badges = document.querySelectorAll('[data-due]');
    for (var i = 0; i < badges.length; i++) {
      var el = badges[i];
      var due = Date.parse(el.getAttribute('data-due'));
      var start = Date.parse(el.getAttribute('data-start'));
      var lang = el.getAttribute('data-lang');
      var left = due - now;
      var state = left < 0 ? 'red' : left < (due - start) / 3 ? 'amber' : 'ok';
      el.classList.remove('sla-ok', 'sla-amber', 'sla-red');
      el.classList.add('sla-' + state);
      var text = duration(left, lang);
      el.textContent =
        left < 0 ? (lang === 'zh' ? '超时 ' + text : text + ' overdue') : lang === 'zh' ? '剩 ' + text : text + ' left';
    }
  }
  syncClock();
  document.addEventListener('htmx:afterSwap', function () {
    syncClock();
    tick();
  });
  setInterval(tick, 30000);
})();
