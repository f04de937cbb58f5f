import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';

/** How long the toast offers Undo; Ctrl/Cmd+Z keeps working on the last actions after it fades. */
export const UNDO_MS = 8000;
const PLAIN_MS = 3000;
const UNDO_DEPTH = 20;

interface Undoable {
  message: string;
  undo(): Promise<void> | void;
}

interface Feedback {
  /** A short confirmation; with `undo`, the action can be taken back from the toast or with Ctrl/Cmd+Z. */
  notify(message: string, undo?: () => Promise<void> | void): void;
  /** A problem the learner must read: stays until dismissed or replaced. */
  fail(message: string | null): void;
}

const Ctx = createContext<Feedback | null>(null);
// Apart from the stable actions, so that showing an error does not re-render every screen using them.
const ErrorCtx = createContext<string | null>(null);

export function useFeedback(): Feedback {
  const f = useContext(Ctx);
  if (!f) throw new Error('useFeedback outside FeedbackProvider');
  return f;
}

/** Ctrl+Z in a text field undoes typing, as the learner expects; elsewhere it undoes the last action. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(target.type);
}

export function FeedbackProvider({ children, initialError = null }: { children: ReactNode; initialError?: string | null }) {
  const [toast, setToast] = useState<{ message: string; undo?: Undoable } | null>(null);
  const [error, setError] = useState<string | null>(initialError);
  const stack = useRef<Undoable[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const show = useCallback((message: string, undo: Undoable | undefined, ms: number) => {
    if (timer.current) clearTimeout(timer.current);
    setToast(undo ? { message, undo } : { message });
    timer.current = setTimeout(() => setToast(null), ms);
  }, []);

  const runUndo = useCallback(
    async (entry: Undoable) => {
      stack.current = stack.current.filter((e) => e !== entry);
      try {
        await entry.undo();
        show(`Undone: ${entry.message}`, undefined, PLAIN_MS);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    },
    [show],
  );

  const notify = useCallback(
    (message: string, undo?: () => Promise<void> | void) => {
      if (!undo) return show(message, undefined, PLAIN_MS);
      const entry = { message, undo };
      stack.current = [...stack.current, entry].slice(-UNDO_DEPTH);
      show(message, entry, UNDO_MS);
    },
    [show],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'z' || !(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || isTextEntry(e.target)) return;
      const last = stack.current.at(-1);
      if (!last) return;
      e.preventDefault();
      void runUndo(last);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runUndo]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const value = useMemo(() => ({ notify, fail: setError }), [notify]);
  return (
    <Ctx.Provider value={value}>
      <ErrorCtx.Provider value={error}>{children}</ErrorCtx.Provider>
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast">
            <span>{toast.message}</span>
            {toast.undo && (
              <button type="button" onClick={() => toast.undo && void runUndo(toast.undo)}>
                Undo
              </button>
            )}
          </div>
        )}
      </div>
    </Ctx.Provider>
  );
}

/** The standing error, where the screen wants it. */
export function ErrorBanner() {
  const { fail } = useFeedback();
  const error = useContext(ErrorCtx);
  if (!error) return null;
  return (
    <div className="error banner">
      <p role="alert">{error}</p>
      <button type="button" className="ghost" onClick={() => fail(null)}>
        Dismiss
      </button>
    </div>
  );
}
