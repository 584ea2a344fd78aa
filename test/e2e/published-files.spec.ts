import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { projectRoot } from '../helpers/content.ts';
import { unexplainedPages } from '../helpers/published-pages.ts';

// The other half of test/unit/lib/content/files/file-set.test.ts, on the real build: every HTML
// page came from a content file the checker read, or from a route of src/pages whose parameters
// are the checked modules and taxonomy. A symlinked or unchecked file would show up here.
test('every published page came from a checked file or a route over checked content', () => {
  expect(unexplainedPages(projectRoot, join(projectRoot, 'dist'))).toEqual([]);
});
