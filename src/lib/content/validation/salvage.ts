import { ModuleSchema, type ModuleFrontmatter } from '../../../schemas/module.ts';

/**
 * The fields of a frontmatter that pass the module schema one by one, when the whole does not:
 * a bad `hours` must not keep the checker from reporting an unknown group in the same file.
 * Fields that fail (and fields the schema does not know) are left out; checks skip what is missing.
 */
export function salvageFields(raw: unknown): Partial<ModuleFrontmatter> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(ModuleSchema.shape)) {
    const parsed = schema.safeParse((raw as Record<string, unknown>)[key]);
    if (parsed.success && parsed.data !== undefined) fields[key] = parsed.data;
  }
  return fields as Partial<ModuleFrontmatter>;
}
