import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { builtOnceForPages } from '../../../../src/lib/content/page-schema.ts';

/** A schema function that says how often it was built and with which image(). */
interface Context {
  image: () => z.ZodType;
}

function counted() {
  const builds: string[] = [];
  const schema = (context: Context) => {
    const image = context.image();
    builds.push(image.description ?? '');
    return z.object({ title: z.string(), cover: image.optional() });
  };
  return { builds, schema: builtOnceForPages(schema) };
}

// Starlight's <StarlightPage> passes a plain check; Astro passes one per entry that resolves a file.
const pageContext = (): Context => ({ image: () => z.custom(() => true).describe('page') });
const entryContext = (file: string): Context => ({
  image: () =>
    z
      .string()
      .transform((path) => `${file}:${path}`)
      .describe(file),
});

test('one schema serves every <StarlightPage>, and parses as a fresh one would', () => {
  const { builds, schema } = counted();
  const first = schema(pageContext());
  for (let page = 0; page < 5; page++) assert.equal(schema(pageContext()), first);
  assert.deepEqual(builds, ['page']);
  assert.deepEqual(first.parse({ title: '学习路径' }), { title: '学习路径' });
});

test('each entry Astro validates still gets its own schema, resolving images beside that entry', () => {
  const { builds, schema } = counted();
  schema(pageContext());
  const a = schema(entryContext('guide/a.mdx'));
  const b = schema(entryContext('guide/b.mdx'));
  assert.deepEqual(builds, ['page', 'guide/a.mdx', 'guide/b.mdx']);
  assert.equal(a.parse({ title: 'A', cover: 'x.png' }).cover, 'guide/a.mdx:x.png');
  assert.equal(b.parse({ title: 'B', cover: 'x.png' }).cover, 'guide/b.mdx:x.png');
});
