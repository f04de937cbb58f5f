import { z } from 'zod';

export const goalId = z
  .number({ message: 'must be a goal id (a whole number)' })
  .int({ message: 'must be a whole number' })
  .positive({ message: 'must be a positive goal id' })
  .max(Number.MAX_SAFE_INTEGER);
export const itemId = z
  .number({ message: 'must be an item id (a whole number)' })
  .int({ message: 'must be a whole number' })
  .positive({ message: 'must be a positive item id' })
  .max(Number.MAX_SAFE_INTEGER);
export const entryId = z
  .number({ message: 'must be a log entry id (a whole number)' })
  .int({ message: 'must be a whole number' })
  .positive({ message: 'must be a positive entry id' })
  .max(Number.MAX_SAFE_INTEGER);
