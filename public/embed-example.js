// Example host page for the calculator's embedding API, version 1 (docs/embedding.md).
// ?calculator=URL names where the calculator is served (default: this site); any ?scenario= in that
// URL opens it on that scenario.
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var calculatorUrl = new URL(params.get('calculator') || './', window.location.href);
  calculatorUrl.searchParams.set('embed', '1');
  calculatorUrl.searchParams.set('parentOrigin', window.location.origin);
  var calculatorOrigin = calculatorUrl.origin;

  var frame = document.getElementById('calculator');
  var total = document.getElementById('host-total');
  var status = document.getElementById('host-status');
  var log = document.getElementById('host-log');
  frame.src = calculatorUrl.toString();

  // Every message received, for inspection (and for the project's browser tests).
  window.calculatorMessages = [];

  window.addEventListener('message', function (event) {
    // Only the calculator's frame, from its origin, speaking version 1.
    if (event.origin !== calculatorOrigin || event.source !== frame.contentWindow) return;
    var m = event.data;
    if (!m || typeof m.type !== 'string' || m.type.indexOf('apigw-calc:') !== 0 || m.version !== 1) return;
    window.calculatorMessages.push(m);
    var item = document.createElement('li');
    item.textContent = m.type + (m.type === 'apigw-calc:estimate' ? ' ' + m.estimate.total : m.type === 'apigw-calc:resize' ? ' ' + m.height : '');
    log.appendChild(item);
    if (m.type === 'apigw-calc:ready') status.textContent = '(calculator ready)';
    if (m.type === 'apigw-calc:estimate') total.textContent = '¥' + m.estimate.total + (m.estimate.complete ? '' : ' (at least)');
    if (m.type === 'apigw-calc:resize') frame.style.height = m.height + 'px';
  });

  var scenarios = {
    jd: { version: 1, offering: 'jdcloud.shared', region: 'cn-north-1', callsPerMonth: 3456789, responseKB: 2 },
    tencent: {
      version: 1,
      offering: 'tencent.shared',
      region: 'ap-guangzhou',
      callsPerMonth: 5000000,
      responseKB: 3,
      requestKB: 1,
      backend: 'cross-region-public',
    },
    alibaba: { version: 1, offering: 'alibaba.dedicated', region: 'cn-beijing', edition: 'api.s1.small', billing: 'monthly', client: 'private' },
  };
  function send(message) {
    frame.contentWindow.postMessage(Object.assign({ version: 1 }, message), calculatorOrigin);
  }
  window.sendToCalculator = send;

  document.querySelectorAll('[data-scenario]').forEach(function (button) {
    button.addEventListener('click', function () {
      send({ type: 'apigw-calc:set-scenario', scenario: scenarios[button.getAttribute('data-scenario')] });
    });
  });
  document.querySelectorAll('[data-locale]').forEach(function (button) {
    button.addEventListener('click', function () {
      send({ type: 'apigw-calc:set-locale', locale: button.getAttribute('data-locale') });
    });
  });
})();
