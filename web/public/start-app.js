// Starts the app on a page rendered on the server, after the page's first paint: the page is
// readable without any script, so on a slow phone connection its text and styles come first and
// the app's modules (named in data-modules, the entry first) are fetched once it is on screen.
// They are then evaluated one module a task, the libraries first and the entry last, handing
// the main thread back between them, instead of all in one long task when the entry is imported.
(function startApp() {
  var modules = (document.currentScript.getAttribute('data-modules') || '').split(' ').filter(Boolean);
  if (modules.length === 0) return;
  var order = modules.slice(1).concat(modules[0]);
  function evaluate(index) {
    if (index >= order.length) return;
    var next = function next() {
      setTimeout(function nextTask() {
        evaluate(index + 1);
      }, 0);
    };
    import(order[index]).then(next, next);
  }
  requestAnimationFrame(function afterFirstPaint() {
    setTimeout(function fetchApp() {
      modules.slice(1).forEach(function preload(href) {
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.appendChild(link);
      });
      evaluate(0);
    }, 0);
  });
})();
