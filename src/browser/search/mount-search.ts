// What Search.astro runs in the browser: defines the search box's custom element.
import { defineSiteSearch } from './site-search.ts';

defineSiteSearch();
