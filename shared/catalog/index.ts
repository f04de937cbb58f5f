import { CHECKED_ON } from './build';
import { added2026 } from './data/added-2026';
import { cross } from './data/cross';
import { foundations } from './data/foundations';
import { pytorch } from './data/pytorch';
import { tensorflow } from './data/tensorflow';
import type { Resource } from './resource';

export const CATALOG: readonly Resource[] = [...foundations, ...tensorflow, ...pytorch, ...cross, ...added2026];

/** FNV-1a: a dependency-free content hash, so any edit to the shipped catalog yields a new version. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export const CATALOG_VERSION = `${CHECKED_ON}.${fnv1a(JSON.stringify(CATALOG))}`;
