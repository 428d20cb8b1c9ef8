// Example host page for the calculator's embedding API, version 1 (docs/embedding.md).
// ?calculator=URL names where the calculator is served (default: this site); any ?scenario= or
// ?estimate= in that URL opens it on that document, and its partner options (markup, partner, vendors,
// offerings) apply.
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
  var markupInput = document.getElementById('host-markup');
  var partnerInput = document.getElementById('host-partner');
  markupInput.value = calculatorUrl.searchParams.get('markup') || '';
  partnerInput.value = calculatorUrl.searchParams.get('partner') || '';
  frame.src = calculatorUrl.toString();

  // Every message received, for inspection (and for the project's browser tests).
  window.calculatorMessages = [];

  // "12345.60" → "12,345.60": the amount stays a decimal string, never a float.
  function formatYuan(amount) {
    var parts = String(amount).split('.');
    return '¥' + parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (parts.length > 1 ? '.' + parts[1] : '');
  }

  window.addEventListener('message', function (event) {
    // Only the calculator's frame, from its origin, speaking version 1.
    if (event.origin !== calculatorOrigin || event.source !== frame.contentWindow) return;
    var m = event.data;
    if (!m || typeof m.type !== 'string' || m.type.indexOf('apigw-calc:') !== 0 || m.version !== 1) return;
    window.calculatorMessages.push(m);
    var item = document.createElement('li');
    item.textContent = m.type + (m.type === 'apigw-calc:estimate' ? ' ' + m.summary.monthly : m.type === 'apigw-calc:resize' ? ' ' + m.height : '');
    log.appendChild(item);
    if (m.type === 'apigw-calc:ready') status.textContent = '(calculator ready)';
    if (m.type === 'apigw-calc:estimate') {
      // The whole estimate's month; an incomplete one (a price is missing) is a lower bound, never the price.
      var s = m.summary;
      total.textContent = (s.complete ? '' : '≥ ') + formatYuan(s.monthly) + (s.complete ? '' : ' (at least: a price is missing)');
    }
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
  // An estimate of two items for set-estimate.
  var estimate = {
    version: 1,
    kind: 'estimate',
    name: 'Checkout API',
    items: [
      { label: 'Production', group: 'Beijing', scenario: scenarios.alibaba },
      { label: 'Partners', group: 'Beijing', scenario: scenarios.jd },
    ],
  };
  function send(message) {
    frame.contentWindow.postMessage(Object.assign({ version: 1 }, message), calculatorOrigin);
  }
  window.sendToCalculator = send;
  window.exampleEstimate = estimate;

  document.querySelectorAll('[data-scenario]').forEach(function (button) {
    button.addEventListener('click', function () {
      send({ type: 'apigw-calc:set-scenario', scenario: scenarios[button.getAttribute('data-scenario')] });
    });
  });
  document.getElementById('host-set-estimate').addEventListener('click', function () {
    send({ type: 'apigw-calc:set-estimate', document: estimate });
  });
  document.querySelectorAll('[data-locale]').forEach(function (button) {
    button.addEventListener('click', function () {
      send({ type: 'apigw-calc:set-locale', locale: button.getAttribute('data-locale') });
    });
  });
  // Partner options are URL parameters: applying them reloads the calculator with them.
  document.getElementById('host-partner-form').addEventListener('submit', function (event) {
    event.preventDefault();
    ['markup', 'partner'].forEach(function (name) {
      var value = (name === 'markup' ? markupInput : partnerInput).value.trim();
      if (value) calculatorUrl.searchParams.set(name, value);
      else calculatorUrl.searchParams.delete(name);
    });
    window.calculatorMessages = [];
    total.textContent = 'waiting…';
    frame.src = calculatorUrl.toString();
  });
})();
