import { ServiceError } from '../../../shared/contract/results';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The deepest bracket nesting, counted without parsing, so a hostile file cannot exhaust the stack. */
export function nestingDepth(text: string, stopAt: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) {
        max = depth;
        if (max > stopAt) return max;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/**
 * Parses an import file defensively: the size is capped before anything else, nesting is capped
 * before parsing, and keys that could reach an object's prototype are refused outright.
 */
export function parseImportText(text: string): unknown {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ServiceError('invalid_input', `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; an import can be at most 20 MB.`, 'content');
  }
  if (nestingDepth(text, MAX_DEPTH) > MAX_DEPTH) {
    throw new ServiceError('invalid_input', `The file nests deeper than ${MAX_DEPTH} levels; a Pathwise goal file never does.`, 'content');
  }
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ServiceError('invalid_input', `The file contains the key "${key}", which is refused.`, 'content');
      return value;
    });
  } catch (e) {
    if (e instanceof ServiceError) throw e;
    throw new ServiceError('invalid_input', `The file is not valid JSON (${(e as Error).message}).`, 'content');
  }
}
