import { z } from 'zod';
import { supportedLocales } from './locales';

/** A locale code the kiosk ships, for validating what comes from a file or crosses the contract. */
export const localeSchema = /* @__PURE__ */ z.enum(supportedLocales);
