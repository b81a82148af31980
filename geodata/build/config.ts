// Paths shared by every build step. The source directory lives outside the repo (it is ~23 MB of raw
// open data); only the compact derived files under geodata/ are committed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (two levels above this file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Raw source directory: env GEODATA_SRC (absolute, or relative to the repo root), else ../shared/geodata-src. */
export const SRC_DIR = path.resolve(REPO_ROOT, process.env.GEODATA_SRC ?? '../shared/geodata-src');

/** Output directory for committed derived files. */
export const OUT_DIR = path.join(REPO_ROOT, 'geodata');

/** Hard ceiling on the size of geodata/ (the contract); the build warns above the softer target. */
export const MAX_OUT_BYTES = 15 * 1024 * 1024;
export const TARGET_OUT_BYTES = 8 * 1024 * 1024;
