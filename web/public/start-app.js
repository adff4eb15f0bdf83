// Starts the app on a page rendered on the server, after the page's first paint: the page is
// readable without any script, so on a slow phone connection its text and styles come first and
// the app's modules (named in data-modules, the entry first) are fetched once it is on screen.
(function startApp() {
  var modules = (document.currentScript.getAttribute('data-modules') || '').split(' ').filter(Boolean);
  if (modules.length === 0) return;
  requestAnimationFrame(function afterFirstPaint() {
    setTimeout(function fetchApp() {
      modules.slice(1).forEach(function preload(href) {
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.appendChild(link);
      });
      import(modules[0]);
    }, 0);
  });
})();
