// Only the polyfills our supported browsers actually miss are imported here.
// The rest are loaded lazily by core-js's usage-based injection in Babel, so
// nothing else is needed in this file.
import 'core-js/actual/array/at';
import 'core-js/actual/object/has-own';
import 'core-js/actual/structured-clone';

if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  const { ResizeObserver } = await import('@juggle/resize-observer');
  window.ResizeObserver = ResizeObserver;
}

export {};
