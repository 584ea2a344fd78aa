import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SettingsSchema, type Settings } from '../schemas/settings.ts';
import { CONTENT_DIRS } from './validation/sources.ts';

/**
 * Reads content/settings.yaml at build time. The content check has already validated it
 * (a broken file stops the build with a located message), so parsing here cannot fail.
 */
export function loadSettings(root = process.cwd()): Settings {
  const path = join(root, CONTENT_DIRS.settings);
  return SettingsSchema.parse(existsSync(path) ? (parse(readFileSync(path, 'utf8')) ?? {}) : {});
}
