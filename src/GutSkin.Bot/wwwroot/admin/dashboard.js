// Draws the staff dashboard's charts from the tables the server wrote into #dashboard-data (JSON, no inline script:
// the admin Content-Security-Policy forbids it). Each chart shows columns of a table that is also on the page.
(function () {
  'use strict';

  var source = document.getElementById('dashboard-data');
  if (!source || typeof Chart === 'undefined') {
    return;
  }

  var tables = JSON.parse(source.textContent);
  var colours = ['#2e7d32', '#c62828', '#ef6c00', '#1565c0', '#6a1b9a'];

  function column(table, index) {
    return table.rows.map(function (row) { return Number(row[index]) || 0; });
  }

  function labels(table, index) {
    return table.rows.map(function (row) { return row[index]; });
  }

  function draw(name, build) {
    var canvas = document.getElementById('chart-' + name);
    var table = tables[name];
    if (!canvas || !table) {
      return;
    }

    if (table.rows.length === 0) {
      canvas.parentNode.hidden = true;
      return;
    }

    var config = build(table);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    new Chart(canvas, config);
  }

  function series(table, indexes) {
    return indexes.map(function (index, i) {
      return { label: table.columns[index], data: column(table, index), backgroundColor: colours[i % colours.length], borderColor: colours[i % colours.length] };
    });
  }

  draw('questions-per-day', function (table) {
    return { type: 'bar', data: { labels: labels(table, 0), datasets: series(table, [2, 3, 4, 5]) }, options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } } };
  });

  draw('answer-shares', function (table) {
    return { type: 'doughnut', data: { labels: labels(table, 0), datasets: [{ data: column(table, 1), backgroundColor: colours }] } };
  });

  draw('top-sections', function (table) {
    return { type: 'bar', data: { labels: labels(table, 1), datasets: series(table, [2]) }, options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } } };
  });

  draw('feedback', function (table) {
    return { type: 'bar', data: { labels: labels(table, 1), datasets: series(table, [2, 3]) }, options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } } };
  });

  draw('signups-per-day', function (table) {
    return { type: 'bar', data: { labels: labels(table, 0), datasets: series(table, [1, 2]) }, options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } };
  });
}());
