import { useCallback, useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from '../lib/drafts';

export const NOTES_DEBOUNCE_MS = 600;
export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Notes that save themselves: each keystroke is kept as a draft at once and sent to the service once
 * typing pauses, on blur, and when the field goes away.
 */
export function useNotesAutosave(itemId: number, saved: string, save: (itemId: number, text: string) => Promise<void>) {
  const [text, setText] = useState(() => readDraft(itemId) ?? saved);
  const [state, setState] = useState<SaveState>('saved');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<string | null>(null);

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setState('saving');
    try {
      await save(itemId, value);
      clearDraft(itemId, value);
      setState((s) => (s === 'saving' ? 'saved' : s));
    } catch {
      setState('error');
    }
  }, [itemId, save]);

  const change = useCallback(
    (value: string) => {
      setText(value);
      writeDraft(itemId, value);
      pending.current = value;
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), NOTES_DEBOUNCE_MS);
    },
    [itemId, flush],
  );

  // Closing the details mid-sentence still saves what was typed.
  useEffect(() => () => void flush(), [flush]);

  return { text, state, change, flush };
}
