import { createRoutes } from './lib/routes/routes.ts';

/**
 * The site's URL builders under the configured base path (BASE_PATH). The one place that reads
 * `BASE_URL`: components, pages and browser scripts link through `routes`, so a sub-path
 * deployment changes every link at once.
 */
export const routes = createRoutes(import.meta.env.BASE_URL);
