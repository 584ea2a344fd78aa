import type { z } from 'astro/zod';

/** The parts of a zod 4 schema definition that lead from an object to the values inside it. */
interface WalkableDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): WalkableDef => schema._zod.def as unknown as WalkableDef;

/**
 * The keys an object accepts at `path` inside `schema`: the `(允许: …)` of an unknown key must
 * list the keys of the object that holds it (a plan group's `required, electives`), not the
 * top-level ones. Undefined when the path does not lead to an object the schema describes.
 */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const object = objectAt(schema, path);
  return object ? Object.keys(defOf(object).shape!) : undefined;
}

function objectAt(schema: z.ZodType | undefined, path: readonly PropertyKey[]): z.ZodType | undefined {
  const node = unwrap(schema);
  if (!node) return undefined;
  const def = defOf(node);
  if (def.type === 'union') {
    // `code` or `{ code, quarter }`: only the object option can hold keys.
    for (const option of def.options ?? []) {
      const found = objectAt(option, path);
      if (found) return found;
    }
    return undefined;
  }
  if (!path.length) return def.type === 'object' ? node : undefined;
  const [segment, ...rest] = path;
  if (def.type === 'object') return objectAt(def.shape?.[String(segment)], rest);
  if (def.type === 'array') return objectAt(def.element, rest);
  if (def.type === 'record') return objectAt(def.valueType, rest);
  return undefined;
}

/** The schema under optional, default and similar wrappers, which add no level to the data. */
function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let node = schema;
  for (let depth = 0; node && depth < 20; depth++) {
    const def = defOf(node);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return node;
    node = inner;
  }
  return node;
}
