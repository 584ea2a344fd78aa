/**
 * The docs collection's schema, built once for the pages that use `<StarlightPage>`.
 *
 * Starlight validates the frontmatter of every `<StarlightPage>` against the docs collection's
 * schema, and builds that schema anew for each page: at 500 modules about 0.7 s of a 15 s build
 * went to building and compiling the same zod schema (docs/performance.md). Astro calls the schema
 * function too, once per entry of the collection, with an `image()` that resolves files beside
 * that entry; those calls keep building their own. Starlight's `image()` for a page is a plain
 * check (`z.custom`) that depends on nothing, so one schema built with it serves every page (a
 * render thread of `parallelPrerender` builds its own, once).
 */

/** What Astro and Starlight hand a collection's schema function (Astro's `SchemaContext`). */
interface SchemaContext {
  image: () => unknown;
}

export function builtOnceForPages<Context extends SchemaContext, Schema>(
  schema: (context: Context) => Schema,
): (context: Context) => Schema {
  let forPages: Schema | undefined;
  return (context) => (isPlainImageCheck(context) ? (forPages ??= schema(context)) : schema(context));
}

/** Whether `image()` only checks a value (Starlight's pages), rather than resolving a file (Astro's entries). */
function isPlainImageCheck(context: SchemaContext): boolean {
  const check = context.image() as { _zod?: { def?: { type?: string } } } | undefined;
  return check?._zod?.def?.type === 'custom';
}
