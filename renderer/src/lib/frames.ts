/**
 * Calls `f` once, when the browser has drawn its next frame, or after `waitMs` if it draws none (a
 * hidden window draws no frames). Answers a function that cancels the call.
 */
export function afterNextFrame(f: () => void, waitMs: number): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    f();
  };
  let timer = setTimeout(once, waitMs);
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(once, 0);
  });
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Calls `f` once, when the browser is idle (or after `waitMs` at the latest; without idle callbacks,
 * after `waitMs`). Answers a function that cancels the call.
 */
export function whenIdle(f: () => void, waitMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(() => f(), { timeout: waitMs });
    return () => window.cancelIdleCallback(id);
  }
  const timer = setTimeout(f, waitMs);
  return () => clearTimeout(timer);
}
