/*
 * Partnership Atlas: fits each embedded chart's iframe to its content.
 *
 * Put it once in a page, after or before the iframes:
 *   <iframe src=".../?embed=network&lang=fr" title="..." data-partnership-atlas ...></iframe>
 *   <script async src=".../embed.js"></script>
 *
 * Each embed posts { type: 'partnership-atlas:height', height } to its parent whenever its content
 * changes height (on load, and when a new width reflows it). This script sets the height of the
 * iframe that sent it, and only if the message comes from that iframe's own origin. It asks every
 * marked iframe for its height once on load, in case the first message came before the script.
 */
(function () {
  'use strict';
  if (window.partnershipAtlasEmbed) return;
  window.partnershipAtlasEmbed = true;

  var HEIGHT = 'partnership-atlas:height';
  var ASK = 'partnership-atlas:ask-height';
  // A guard against a runaway page, far above any real chart.
  var MAX_HEIGHT = 20000;

  function frames() {
    return document.querySelectorAll('iframe[data-partnership-atlas]');
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !(data.height > 0)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      frame.style.height = Math.min(Math.ceil(data.height), MAX_HEIGHT) + 'px';
      return;
    }
  });

  function askAll() {
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var origin = originOf(list[i]);
      if (origin && list[i].contentWindow) list[i].contentWindow.postMessage({ type: ASK }, origin);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askAll);
  else askAll();
  // Lazy iframes load later: ask each one again once it has loaded.
  document.addEventListener(
    'load',
    function (event) {
      var target = event.target;
      if (target && target.tagName === 'IFRAME' && target.hasAttribute('data-partnership-atlas')) {
        var origin = originOf(target);
        if (origin && target.contentWindow) target.contentWindow.postMessage({ type: ASK }, origin);
      }
    },
    true,
  );
})();
