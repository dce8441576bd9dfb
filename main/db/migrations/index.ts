import type { Migration } from './types';
import { migration0001 } from './0001_initial';
import { migration0004 } from './0004_staff';

/**
 * Versions 2 and 3 are being written on other branches (structures, checklists). Until the integrator
 * replaces these placeholders with them, they do nothing so that 0004 can run on this branch.
 */
const reserved = (version: number): Migration => ({ version, name: `reserved ${version}`, up: () => {} });

/** Every schema version in order. Append new files here; never edit one that has shipped. */
export const migrations: readonly Migration[] = [migration0001, reserved(2), reserved(3), migration0004];
