/**
 * What the ledger page says about this browser's storage, in Chinese: whether the browser has
 * agreed to keep the ledger under pressure, and the space used. Pure, so the wording is tested.
 */
export interface StorageFacts {
  persisted: boolean;
  usage?: number | undefined;
  quota?: number | undefined;
}

/** `0.8 KB`, `12.5 KB`, `3.4 MB`, `1.2 GB`: how much a secretary needs to judge. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

export function describeStorage(facts: StorageFacts): string[] {
  const lines = [
    facts.persisted
      ? '浏览器已同意长期保存本站数据：清理空间时不会自动删除台账。'
      : '浏览器没有同意长期保存本站数据：空间不足或清理缓存时，台账可能被删除，请定期导出备份文件。',
  ];
  if (facts.usage !== undefined)
    lines.push(
      `本站在这台设备上已用 ${formatBytes(facts.usage)}${facts.quota ? `，可用约 ${formatBytes(facts.quota)}` : ''}。`,
    );
  return lines;
}
