import type { Migration } from './types';
import { migration0001 } from './0001_initial';
import { migration0003 } from './0003_staff';

/** Version 2 (structures) arrives with the structures branch; until then it is an empty step. */
const reserved = (version: number): Migration => ({ version, name: `reserved ${version}`, up: () => {} });

/** Every schema version in order. Append new files here; never edit one that has shipped. */
export const migrations: readonly Migration[] = [migration0001, reserved(2), migration0003];
