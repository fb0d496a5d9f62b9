import { z } from 'zod';
import { DIAGNOSTIC_FORMATS } from '../format/format-diagnostics.js';

/** Options shared by every command that prints diagnostics. */
export const checkingOptionsSchema = z.object({
  format: z.enum(DIAGNOSTIC_FORMATS).default('stylish'),
  config: z.string().optional(),
});

export type CheckingOptions = z.infer<typeof checkingOptionsSchema>;
