require('@testing-library/jest-dom');

// TODO: remove once jsdom implements matchMedia natively.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: jest.fn().mockImplementation((query) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
    dispatchEvent: jest.fn(),
  })),
});

// scrollTo is not implemented in jsdom; the app only calls it for cosmetics.
window.scrollTo = () => {};

class IntersectionObserverStub {
  observe() {}

  unobserve() {}

  disconnect() {}
}

global.IntersectionObserver = IntersectionObserverStub;
