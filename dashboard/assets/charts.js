// Draws the surge charts with uPlot from the figures the page carries (#surge-data); the tables on
// the page hold the same numbers for anyone without a canvas.
(function () {
  'use strict';
  var source = document.getElementById('surge-data');
  if (!source || typeof uPlot === 'undefined') return;
  var data = JSON.parse(source.textContent);
  var f = data.figures;
  var labels = data.labels;
  var xs = f.days.map(function (d) {
    return Date.parse(d.day + 'T12:00:00+08:00') / 1000;
  });
  var palette = ['#14324a', '#b3261e', '#1e6b34', '#9a5b00', '#6a3d9a'];
  function width(el) {
    return Math.max(300, Math.min(el.clientWidth || 600, 1100));
  }
  function draw(id, series, values, yRange) {
    var el = document.getElementById(id);
    if (!el) return;
    var opts = {
      width: width(el),
      height: 260,
      scales: { x: { time: true }, y: yRange ? { range: yRange } : {} },
      axes: [{}, {}],
      series: [{}].concat(
        series.map(function (label, i) {
          return { label: label, stroke: palette[i % palette.length], width: 2, points: { show: true } };
        }),
      ),
    };
    new uPlot(opts, [xs].concat(values), el);
  }
  var services = Object.keys(labels.services);
  draw(
    'chart-tickets',
    services.map(function (s) {
      return labels.services[s];
    }),
    services.map(function (s) {
      return f.days.map(function (d) {
        return d.created[s];
      });
    }),
  );
  draw(
    'chart-sla',
    [labels.slaMet + ' %'],
    [
      f.days.map(function (d) {
        return d.resolved ? Math.round((d.resolvedInTime / d.resolved) * 1000) / 10 : null;
      }),
    ],
    [0, 100],
  );
  var byDay = {};
  f.contacts.forEach(function (c) {
    byDay[c.day] = c;
  });
  var pick = function (key) {
    return f.days.map(function (d) {
      return byDay[d.day] ? byDay[d.day][key] : 0;
    });
  };
  draw(
    'chart-contacts',
    [labels.sentTo120, labels.keptHome, labels.keptClinic, labels.keptCommunity],
    [pick('sentTo120'), pick('keptHome'), pick('keptClinic'), pick('keptCommunity')],
  );
})();
