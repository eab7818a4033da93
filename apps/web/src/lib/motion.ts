/** Charts skip their animations for users who ask for reduced motion (WCAG 2.3.3). */
export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}
