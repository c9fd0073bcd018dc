(function () {
  // Chooses the first screen's variant before the first paint, as the wasm will read the
  // address: the language, page or widget, the indicator in front, the theme, and whether the
  // chart's frame (drawn for the default base year and horizon) is the one to show.
  var d = document.documentElement, p = new URLSearchParams(location.search), c = d.classList;
  d.className = '';
  var lang = p.get('lang');
  if (lang !== 'zh' && lang !== 'en') lang = /^zh/i.test((navigator.language || '').trim()) ? 'zh' : 'en';
  d.lang = lang === 'zh' ? 'zh-CN' : 'en';
  var theme = p.get('theme');
  var dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  d.setAttribute('data-theme', dark ? 'dark' : 'light');
  if (p.get('embed') === '1') c.add('embed');
  var all = ['gdp', 'pop', 're'], show = (p.get('show') || '').split(',').map(function (x) { return x.trim(); })
    .filter(function (x) { return all.indexOf(x) >= 0; });
  if (!show.length) show = all;
  show.forEach(function (x) { c.add('show-' + x); });
  if (show.length > 1) c.add('several');
  var front = p.get('focus');
  if (show.indexOf(front) < 0) front = all.filter(function (x) { return show.indexOf(x) >= 0; })[0];
  d.setAttribute('data-front', front);
  var model = ['from', 'to', 'gdp', 'defl', 'pop_mode', 'pop', 're_mode', 're'].some(function (k) { return p.has(k); });
  var from = p.get('from') || 'FROM', to = p.get('to') || (model && !p.has('v') ? 'TO_V1' : 'TO');
  if (p.has('re_base')) c.add('re-base');
  if (p.get('lock') === '1') c.add('locked');
  if (p.get('predict') === '1') c.add('predict');
  if (from !== 'FROM' || to !== 'TO' || p.get('predict') === '1' || (front === 're' && p.has('re_base'))) d.removeAttribute('data-frame');
})();
