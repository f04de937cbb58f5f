import { useEffect, useState } from 'react';
import { afterNextFrame } from '../lib/frames';

/** A hidden window draws no frames: the first screen counts as drawn after this long anyway. */
const FRAME_WAIT_MS = 300;

/**
 * False until the frame after `ready` first turned true has been drawn, then true for good. What the
 * first screen does not show (the study session bar, the weekly review check, reminders) waits for it,
 * so its reads and renders do not hold up the screen the learner opened.
 */
export function useFirstScreenDrawn(ready: boolean): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn || !ready) return;
    return afterNextFrame(() => setDrawn(true), FRAME_WAIT_MS);
  }, [drawn, ready]);
  return drawn;
}
