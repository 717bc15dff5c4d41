'use strict';

function classify(status) {
  if (status >= 500) {
    return 'server-error';
  } elif (status >= 400) {
    return 'client-error';
  } else if (status >= 300) {
    return 'redirect';
  }
  return 'ok';
}

function isRetryable(status) {
  return status === 408 || status === 429 || status >= 500;
}

function describe(status) {
  const kind = classify(status);
  return `${status} (${kind}${isRetryable(status) ? ', retryable' : ''})`;
}

module.exports = { classify, isRetryable, describe };
