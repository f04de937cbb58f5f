/**
 * Notes being typed are kept in local storage on every keystroke, so a reload or crash before the
 * debounced save loses nothing: the plan screen saves any draft it finds when it opens.
 */
const PREFIX = 'pathwise.notes-draft.';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(itemId: number): string | null {
  return storage()?.getItem(PREFIX + itemId) ?? null;
}

export function writeDraft(itemId: number, text: string): void {
  try {
    storage()?.setItem(PREFIX + itemId, text);
  } catch {
    // A full storage only loses the safety net; the debounced save still runs.
  }
}

export function clearDraft(itemId: number, ifText?: string): void {
  if (ifText === undefined || readDraft(itemId) === ifText) storage()?.removeItem(PREFIX + itemId);
}

export function draftItemIds(): number[] {
  const s = storage();
  if (!s) return [];
  const ids: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (key?.startsWith(PREFIX)) ids.push(Number(key.slice(PREFIX.length)));
  }
  return ids.filter((id) => Number.isSafeInteger(id));
}
