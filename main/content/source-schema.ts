import { z } from 'zod';

/** Where a fact comes from: a seed document (file + section) or a named official source. */
export const sourceSchema = z
  .object({
    seed: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/)
      .optional(),
    section: z.string().min(1).optional(),
    official: z.string().min(1).optional(),
    url: z.url().optional(),
  })
  .strict()
  .refine((s) => s.seed !== undefined || s.official !== undefined, {
    message: 'a source names a seed file or an official source',
  });
