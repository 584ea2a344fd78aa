import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeStorage, formatBytes } from '../../../../src/lib/ledger/storage-text.ts';

test('sizes in KB, MB or GB with one decimal', () => {
  assert.deepEqual([800, 12_800, 3.4 * 1024 ** 2, 1.25 * 1024 ** 3].map(formatBytes), [
    '0.8 KB',
    '12.5 KB',
    '3.4 MB',
    '1.3 GB',
  ]);
});

test('whether the browser keeps the ledger, and the space used, in Chinese', () => {
  assert.deepEqual(describeStorage({ persisted: true, usage: 52_000, quota: 2 * 1024 ** 3 }), [
    '浏览器已同意长期保存本站数据：清理空间时不会自动删除台账。',
    '本站在这台设备上已用 50.8 KB，可用约 2.0 GB。',
  ]);
  const refused = describeStorage({ persisted: false });
  assert.equal(refused.length, 1);
  assert.match(refused[0]!, /可能被删除，请定期导出备份文件/);
});
