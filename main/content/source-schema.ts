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
    /** The date of the source's information (e.g. a list "updated on 01/05/2023"), shown to visitors and staff. */
    date: z.iso.date().optional(),
  })
  .strict()
  .refine((s) => s.seed !== undefined || s.official !== undefined, {
    message: 'a source names a seed file or an official source',
  });
