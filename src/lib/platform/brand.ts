/**
 * The site's red, as the phone's browser bar and home-screen splash show it: the `theme-color` of
 * every page (Head.astro). The same value stands in `public/manifest.webmanifest` and as
 * `--cm-red` in src/styles/curriculum.css; test/unit/public/manifest.test.ts keeps all three equal.
 */
export const THEME_COLOR = '#b71c1c';
