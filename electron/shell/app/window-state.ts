import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../core/files/atomic';

const StateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10_000),
  height: z.number().int().min(300).max(10_000),
  maximized: z.boolean().default(false),
});

export type WindowState = z.infer<typeof StateSchema>;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

const file = (dataDir: string) => join(dataDir, 'window-state.json');

/** The last window bounds; a missing or damaged file just means the default size. */
export function loadWindowState(dataDir: string): WindowState {
  try {
    return StateSchema.parse(JSON.parse(readFileSync(file(dataDir), 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/** Through the one atomic, synced writer, so a crash mid-write never leaves a half file. */
export function saveWindowState(dataDir: string, state: WindowState): void {
  writeFileAtomic(file(dataDir), JSON.stringify(StateSchema.parse(state)));
}

interface Display {
  workArea: { x: number; y: number; width: number; height: number };
}

/** Drops a saved position that is no longer on any screen (a monitor was unplugged). */
export function visibleState(state: WindowState, displays: readonly Display[]): WindowState {
  if (state.x === undefined || state.y === undefined) return state;
  const { x, y } = state;
  const onScreen = displays.some(({ workArea: a }) => x + 50 >= a.x && y + 20 >= a.y && x + 50 <= a.x + a.width && y + 20 <= a.y + a.height);
  return onScreen ? state : { width: state.width, height: state.height, maximized: state.maximized };
}
