// Starts the app on a page rendered on the server, after the page's first paint: the page is
// readable without any script, so on a slow phone connection its text and styles come first and
// the app's modules (named in data-modules) are fetched once it is on screen.
// The server names them in the order to evaluate them, each after the modules it imports, so that
// importing one evaluates only that one. They are asked for one a task (asking for a module costs
// the main thread about a millisecond on a phone), then evaluated one a task, handing the main
// thread back between them instead of holding it for the whole app at once.
(function startApp() {
  var modules = (document.currentScript.getAttribute('data-modules') || '').split(' ').filter(Boolean);
  if (modules.length === 0) return;
  function preload(href) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.appendChild(link);
  }
  function evaluate(index) {
    if (index >= modules.length) return;
    var next = function next() {
      setTimeout(function nextTask() {
        evaluate(index + 1);
      }, 0);
    };
    import(modules[index]).then(next, next);
  }
  requestAnimationFrame(function afterFirstPaint() {
    // Timers set in one callback run in order, each in a task of its own, after the paint.
    modules.forEach(function askFor(href) {
      setTimeout(preload, 0, href);
    });
    setTimeout(evaluate, 0, 0);
  });
})();
