import assert from 'node:assert/strict';
import { test } from 'node:test';
import { VIRTUAL_CONFIG_ID, virtualConfigPlugin } from '../../../src/integrations/virtual-config.ts';

test('pages read the facts the integration decided, exactly as decided', async () => {
  const verdict = { ok: false as const, reason: '没有配置网站地址（环境变量 SITE_URL）' };
  const plugin = virtualConfigPlugin({ printOrigin: verdict, printPages: false, sourceEpoch: 1_790_000_000 });
  const id = plugin.resolveId(VIRTUAL_CONFIG_ID);
  assert.ok(id, 'the virtual module id resolves');
  assert.equal(plugin.resolveId('./other.ts'), undefined);
  const source = plugin.load(id)!;
  const module = await import(`data:text/javascript,${encodeURIComponent(source)}`);
  assert.deepEqual(module.printOrigin, verdict);
  assert.equal(module.printPages, false);
  // A number every render thread reads alike, not a clock each thread would read for itself.
  assert.equal(module.sourceEpoch, 1_790_000_000);
});
