import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonForScript } from '../../../../../src/lib/security/escape/script-json.ts';

const groups = [{ id: 'ordinary', name: '</script><script>window.__pwned=1</script><!-- & \u2028' }];

test('a name cannot end the JSON script element, and the JSON reads back unchanged', () => {
  const json = jsonForScript(groups);
  assert.doesNotMatch(json, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(json), groups);
});
