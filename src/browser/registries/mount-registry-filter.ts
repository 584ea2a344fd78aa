// What RegistryList.astro runs in the browser: the list filters of /venues/, /lecturers/ and the other registry lists.
import { startRegistryFilter } from './registry-filter.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('[data-registry-filter]'))
  startRegistryFilter(form);
