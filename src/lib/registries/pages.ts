// `getStaticPaths` of a registry kind's entry pages (`src/pages/<segment>/[id].astro`): one page
// per entry, at its id, with the entry as the page's props.

export function registryEntryPages<E extends { id: string }>(entries: readonly E[]) {
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
