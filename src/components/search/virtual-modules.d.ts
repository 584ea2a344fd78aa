// Starlight's virtual module with the `pagefind` options from astro.config.mjs; Starlight ships
// no public type for it.
declare module 'virtual:starlight/pagefind-config' {
  export const pagefindUserConfig: Record<string, unknown>;
}
