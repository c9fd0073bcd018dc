// Jinan Pathways: sizes the calculator's iframes on a publisher's page to fit their content.
// Include it once, after or before the iframes: <script src=".../embed.js" defer></script>
// It needs no inline script, so it works under a strict Content-Security-Policy. It listens for
// the widget's own resize message and accepts one only from a widget iframe of this script's
// own origin and folder, with a height that is a finite number in a sane range.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src);
  var MIN = 120;
  var MAX = 20000;

  // A widget is an iframe whose src is the app's own page: this script's folder.
  function isWidget(frame) {
    var raw = frame.getAttribute('src');
    if (!raw) return false;
    try {
      var src = new URL(raw, document.baseURI);
      return src.origin === base.origin && (src.pathname === base.pathname || src.pathname === base.pathname + 'index.html');
    } catch (e) {
      return false;
    }
  }

  function widgetFor(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source && isWidget(frames[i])) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== base.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.sender !== 'jinan-pathways' || data.type !== 'resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN || height > MAX) return;
    var frame = widgetFor(event.source);
    if (!frame) return;
    frame.style.height = Math.ceil(height) + 'px';
    frame.setAttribute('data-jinan-pathways-height', String(Math.ceil(height)));
  });
})();
