import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { RegistryEntrySchema, type RegistryEntry } from '../../../schemas/qr-registry.ts';
import { CONTENT_DIRS } from '../files/sources.ts';

/**
 * Reads the QR registry at build time. The content check has validated it already (a broken
 * registry stops the build with a located message), so parsing here cannot fail.
 */
export function loadRegistry(root = process.cwd()): RegistryEntry[] {
  const path = join(root, CONTENT_DIRS.registry);
  const data: unknown = existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? []) : [];
  return RegistryEntrySchema.array().parse(data);
}
