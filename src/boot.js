// Runs before the first paint: applies the saved language direction, text size and contrast, so a
// Dari reader with large yellow-on-black text never sees a flash of small left-to-right German.
(function () {
  var root = document.documentElement;
  try {
    var store = window.localStorage;
    var lang = new URLSearchParams(location.search).get('lang') || store.getItem('wegweiser.lang');
    // First start: the browser's language, for the "loading" line of index.html.
    for (var i = 0, tags = navigator.languages || []; !lang && i < tags.length; i++) {
      var l = tags[i].toLowerCase().split('-')[0];
      lang = l === 'fa' || l === 'prs' ? 'fa-AF' : /^(de|uk|ar)$/.test(l) ? l : '';
    }
    if (lang === 'de' || lang === 'uk' || lang === 'ar' || lang === 'fa-AF') {
      root.lang = lang;
      root.dir = lang === 'ar' || lang === 'fa-AF' ? 'rtl' : 'ltr';
      // The language's texts are fetched now, beside the app's code, not after it (see vite-preload.ts).
      var texts = document.querySelector('meta[name="wegweiser-texts"]');
      var file = texts && new RegExp('(?:^| )' + lang + '=(\\S+)').exec(texts.content);
      if (file) {
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = file[1];
        document.head.appendChild(link);
      }
    }
    var size = store.getItem('wegweiser.textSize');
    root.setAttribute('data-text-size', size === '2' || size === '3' ? size : '1');
    if (store.getItem('wegweiser.contrast') === 'high') root.setAttribute('data-contrast', 'high');
  } catch {
    // Storage may be blocked (private mode): the defaults stay.
  }
})();
