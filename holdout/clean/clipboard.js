/* Browser script, loaded with a classic <script> tag (no modules). */
(function (global) {
  'use strict';

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'absolute';
    area.style.left = '-9999px';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } finally {
      document.body.removeChild(area);
    }
    return ok;
  }

  function copy(text) {
    if (global.navigator && global.navigator.clipboard && global.isSecureContext) {
      return global.navigator.clipboard.writeText(text).then(function () { return true; });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy-target]');
    if (!button) return;
    var target = document.querySelector(button.getAttribute('data-copy-target'));
    if (!target) return;
    copy(target.textContent).then(function (ok) {
      button.textContent = ok ? 'Copied!' : 'Press Ctrl+C to copy';
    });
  });

  global.AcmeClipboard = { copy: copy };
})(window);