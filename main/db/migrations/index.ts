import type { Migration } from './types';
import { migration0001 } from './0001_initial';
import { migration0002 } from './0002_structures';
import { migration0003 } from './0003_staff';
import { migration0004 } from './0004_staff_overrides';
import { migration0005 } from './0005_hours_patterns';
import { migration0006 } from './0006_local_places';
import { migration0007 } from './0007_sometimes_intervals';

/** Every schema version in order. Append new files here; never edit one that has shipped. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
];
