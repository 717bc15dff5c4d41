// Browser analytics snippet, loaded on every page.
(function () {
  var endpoint = '/collect';
  var queue = [];

  function send(events) {
    var body = JSON.stringify(events);
    if (navigator.sendBeacon) {
      navigator.sendBeacon(endpoint, body);
    } else {
      fetch(endpoint, { method: 'POST', body: body, keepalive: true });
    }
  }

  window.track = function (name, props) {
    queue.push({ name: name, props: props || {}, ts: Date.now(), path: location.pathname });
    if (queue.length >= 10) send(queue.splice(0));
  };

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && queue.length) send(queue.splice(0));
  });
<<<<<<< HEAD
  window.track('pageview');
})();
=======
  window.track('pageview', { referrer: document.referrer });
})();
>>>>>>> main