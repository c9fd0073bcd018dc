// The first screen's script, in the page's head (src/first_screen/script.js; the build puts the
// link's rules where RULES stands, written from the codec's table by `scenario::rules_json`, and
// the variants' keys where KEYS stands). Before the first paint it reads the link as the codec
// does and shows the first screen's variant the wasm will show: the language, page or widget,
// the tabs shown and the one in front, the theme, the controls' locked or editable form; and whether the link is today's defaults (then
// everything is on show) or sets a scenario the build could not know (then what depends on it
// waits for the program: class `waiting`). Until the program arrives it keeps what the reader
// does on the first screen in `window.__fs`, for the wasm to start from it
// (`ui::platform::first_screen`).
(function (R, KEYS, SLOW_MS) {
  var d = document.documentElement;
  var params = {};
  R.params.forEach(function (p) { params[p.key] = p; });

  // Rust's `str::trim`: White_Space only (JavaScript's trim also takes U+FEFF).
  var WS = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
  var TRIM = new RegExp('^' + WS + '+|' + WS + '+$', 'g');
  function trim(s) { return s.replace(TRIM, ''); }

  // The first `max` bytes of a query, cut at a character's boundary, as the codec reads it.
  function cut(q, max) {
    var bytes = 0, out = '';
    for (var ch of q) {
      var c = ch.codePointAt(0);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (bytes > max) return { q: out, cut: true };
      out += ch;
    }
    return { q: out, cut: false };
  }

  // The codec's pairs of the scenario that today's defaults give.
  var current = {};
  new URLSearchParams(R.current).forEach(function (value, key) { current[key] = value; });

  // What the link asks of the first screen: the variants' parameters read as the codec reads
  // them, and `complete`: whether the link is today's defaults in the words the app writes them
  // (a link the codec would read as the same scenario in other words is taken as not: the first
  // screen then waits, which is never wrong).
  function read(search, browser) {
    var v = { lang: null, theme: 'auto', embed: false, lock: false, show: null, focus: 'gdp', predict: false, complete: true };
    var t = cut(search.charAt(0) === '?' ? search.slice(1) : search, R.max);
    if (t.cut) v.complete = false;
    var seen = {}, model = false, explicit = false;
    new URLSearchParams(t.q).forEach(function (value, key) {
      if (key === '' && value === '') return;
      var p = params[key];
      if (!p) {
        var host = R.hostKeys.indexOf(key) >= 0 || R.hostPrefixes.some(function (x) { return key.indexOf(x) === 0; });
        if (!host) v.complete = false;
        return;
      }
      if (seen[key]) { v.complete = false; return; }
      seen[key] = true;
      if (KEYS.indexOf(key) < 0) {
        if (current[key] !== value) v.complete = false;
        // Predict mode is no variant (the scenario waits), but its answers on the first screen
        // must not show: class `concealed`.
        if (key === 'predict') v.predict = trim(value) === '1';
        if (p.role !== 'display') model = true;
        if (key === 'v') explicit = true;
        return;
      }
      var raw = trim(value);
      if (p.kind === 'indicators') {
        var shown = {}, any = false, bad = false;
        raw.split(',').map(trim).filter(function (x) { return x !== ''; }).forEach(function (x) {
          if (p.words.indexOf(x) >= 0) { shown[x] = true; any = true; } else bad = true;
        });
        if (!any) { shown = null; bad = true; }
        v[key] = shown;
        if (bad) v.complete = false;
      } else if (p.words.indexOf(raw) < 0) {
        v.complete = false;
      } else if (p.kind === 'flag') {
        v[key] = raw === '1';
      } else {
        v[key] = raw;
      }
    });
    // Model parameters without `v=2` are an older link's, read with that release's defaults.
    if (model && !explicit) v.complete = false;
    var all = params.show.words;
    if (!v.show) { v.show = {}; all.forEach(function (x) { v.show[x] = true; }); }
    v.front = v.show[v.focus] ? v.focus : all.filter(function (x) { return v.show[x]; })[0];
    v.several = all.filter(function (x) { return v.show[x]; }).length > 1;
    if (!v.lang) v.lang = trim(browser).toLowerCase().indexOf('zh') === 0 ? 'zh' : 'en';
    return v;
  }
  // For the tests, which compare this reading with the codec's.
  if (typeof window.__fsRead === 'object') { window.__fsRead.read = read; return; }

  var v = read(location.search, navigator.language || '');
  var st = window.__fs = { lang: null, theme: null, front: null, touches: [], down: false, wasm: null };

  // On a slow network (a phone's: the browser's estimate of the round trip, or where it has none
  // the page's own first byte, is SLOW_MS or more), the program is asked for at once, at low
  // priority: its answer cannot arrive before the page's bytes have. Elsewhere the loader asks
  // once the first screen is painted (tools/postbuild.mjs).
  var nav = performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
  var rtt = navigator.connection && navigator.connection.rtt;
  var slow = typeof rtt === 'number' ? rtt >= SLOW_MS : !!nav && nav.responseStart >= SLOW_MS;
  var files = document.querySelector('meta[name=jinan-wasm]');
  if (slow && files && window.fetch) {
    var parts = files.content.split(' ');
    st.wasm = fetch(parts[1], { priority: 'low' });
    var pre = document.createElement('link');
    pre.rel = 'modulepreload';
    pre.href = parts[0];
    document.head.appendChild(pre);
  }

  function theme(t) {
    var dark = t === 'dark' || (t !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    d.setAttribute('data-theme', dark ? 'dark' : 'light');
  }
  function language(l) {
    v.lang = l;
    d.lang = R.langTags[l];
  }
  language(v.lang);
  theme(v.theme);
  if (v.embed) d.classList.add('embed');
  if (v.lock) d.classList.add('locked');
  if (v.predict) d.classList.add('concealed');
  if (!v.complete) d.classList.add('waiting');
  // The first screen shows once it is whole, and as the link asks (a browser that paints while
  // it parses would show a part, then move it down as the rest arrived).
  d.classList.add('parsing');
  function whole() {
    if (!d.classList.contains('parsing')) return;
    fixAll();
    d.classList.remove('parsing');
  }

  // The first screen's elements as the link and the reader ask: the variant on show, the tabs
  // shown and the one selected, the panel in front, the theme's option.
  function code(el, prefix) { return (el.getAttribute('data-testid') || '').slice(prefix.length); }
  function fix(el) {
    if (el.matches('.fs[data-variant]')) {
      el.hidden = el.getAttribute('data-variant') !== (v.embed ? 'widget-' : 'page-') + v.lang;
      // One visible main in a page: a render out of sight has its main hidden too.
      var main = el.querySelector('main');
      if (main) main.hidden = el.hidden;
    } else if (el.matches('[role=tab][data-testid^="tab-"]')) {
      var c = code(el, 'tab-'), on = c === v.front;
      el.hidden = !v.show[c];
      el.setAttribute('aria-selected', String(on));
      el.tabIndex = on ? 0 : -1;
    } else if (el.matches('[data-testid^="panel-"]')) {
      el.hidden = code(el, 'panel-') !== v.front;
    } else if (el.matches('.target-tabs.compact')) {
      el.hidden = !v.several;
    } else if (el.matches('select.theme-switch > option')) {
      el.selected = el.value === v.theme;
    }
  }
  function fixAll() {
    document.querySelectorAll('#app > .fs[data-variant], .fs [role=tab], .fs [data-testid^="panel-"], .fs .target-tabs.compact, .fs select.theme-switch > option')
      .forEach(fix);
  }
  // `#more` comes right after the first screen: once it is parsed, the first screen is whole.
  var parsing = new MutationObserver(function (records) {
    records.forEach(function (r) {
      r.addedNodes.forEach(function (n) { if (n.id === 'more') whole(); });
    });
  });
  parsing.observe(d, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    whole();
    parsing.disconnect();
  });

  // What the reader does before the program: a tab or a language shows at once; a theme
  // applies at once; every other input is kept, in order, for the wasm to replay.
  document.addEventListener('click', function (e) {
    var el = e.target instanceof Element ? e.target : null;
    var tab = el && el.closest('.fs [role=tab]');
    var lang = el && el.closest('.fs .lang-switch button');
    if (tab) {
      st.front = v.front = code(tab, 'tab-');
      fixAll();
    } else if (lang) {
      st.lang = code(lang, 'lang-');
      language(st.lang);
      fixAll();
    }
  }, true);
  function keep(e) {
    var el = e.target;
    if (!(el instanceof Element) || !el.closest('.fs') || !el.id) return;
    if (el.matches('select.theme-switch')) {
      st.theme = v.theme = el.value;
      theme(el.value);
      return;
    }
    var panel = el.closest('[data-testid^="panel-"]');
    st.touches.push({
      id: el.id.replace(/^fs\d+-/, ''),
      panel: panel ? code(panel, 'panel-') : null,
      event: e.type,
      value: el.value,
      checked: !!el.checked,
    });
  }
  document.addEventListener('input', keep, true);
  document.addEventListener('change', keep, true);
  document.addEventListener('pointerdown', function (e) {
    if (e.target instanceof Element && e.target.closest('.fs')) st.down = true;
  }, true);
  ['pointerup', 'pointercancel'].forEach(function (t) {
    document.addEventListener(t, function () { st.down = false; }, true);
  });
})(RULES, KEYS, SLOW_MS);
