import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Pages load lazily; on a busy 2-core CI machine the first chunk can take longer than
// testing-library's default 1 s wait, so findBy/waitFor wait up to 10 s before failing.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lacks the layout APIs recharts' ResponsiveContainer uses. The observer never fires, so
// specs that want drawn charts give elements a size by mocking getBoundingClientRect.
class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = ResizeObserverStub;
}

// Specs of pure Node code (e.g. the XLSX export read back from disk) run without a window.
if (typeof window !== 'undefined' && typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: query.includes('prefers-reduced-motion'),
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}
