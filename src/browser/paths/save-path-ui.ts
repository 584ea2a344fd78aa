/**
 * The save button's behaviour on a path page: the WeChat fallback where saving is impossible,
 * the state of an earlier save, and progress, failures and space used while saving.
 */
import {
  canSaveOffline,
  pagesToUpdate,
  requestPersistence,
  savePages,
  storageUsed,
} from '../offline/offline-save.ts';
import { readSaved } from '../offline/offline-saved.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function spaceNote(): Promise<string> {
  const used = await storageUsed();
  return used === undefined ? '' : `本站在本设备上共占用约 ${megabytes(used)}。`;
}

export function initSavePath(root: HTMLElement): void {
  const pathUrl = root.dataset.savePath!;
  const pages = JSON.parse(root.dataset.pages ?? '[]') as string[];
  const button = root.querySelector<HTMLButtonElement>('[data-save-button]')!;
  const progress = root.querySelector<HTMLProgressElement>('[data-save-progress]')!;
  const status = root.querySelector<HTMLElement>('[data-save-status]')!;

  if (!canSaveOffline()) {
    root.querySelector<HTMLElement>('[data-save-fallback]')!.hidden = false;
    return;
  }
  button.hidden = false;
  const savedOn = readSaved().paths[pathUrl];
  if (savedOn) {
    status.textContent = `本路径已于 ${savedOn} 保存到本设备。`;
    pagesToUpdate(pages)
      .then((count) => {
        if (count === 0) return;
        status.textContent += `有 ${count} 个页面已更新或未保存，点按钮只获取这些页面。`;
        button.textContent = '更新已保存的内容';
      })
      .catch(() => {
        // Offline: the saved copy is what there is.
      });
  }

  button.addEventListener('click', async () => {
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = '正在保存……';
    const persisted = await requestPersistence().catch(() => false);
    try {
      const report = await savePages(pathUrl, pages, (done, total) => {
        progress.max = total;
        progress.value = done;
        status.textContent = `正在保存 ${done} / ${total}……`;
      });
      progress.value = progress.max;
      const done =
        report.fetched === 0
          ? `已是最新，${report.upToDate} 个页面无需重新下载。`
          : `已保存 ${report.fetched} 个页面${report.upToDate > 0 ? `（另有 ${report.upToDate} 个未变化，未重新下载）` : ''}，没有网络时也能打开。`;
      const failed =
        report.failed.length > 0
          ? `有 ${report.failed.length} 个页面没有保存成功（网络不稳定），请在网络较好时再点一次，只会补存缺少的部分。`
          : '';
      const keep = persisted ? '' : '浏览器在存储空间不足时可能清理这些内容。';
      status.textContent = `${failed ? `已保存 ${report.fetched} 个页面。${failed}` : done}${await spaceNote()}${keep}`;
      button.textContent = report.failed.length > 0 ? '补存未保存的页面' : '更新已保存的内容';
    } catch {
      status.textContent = '保存失败：请检查网络后再试。';
    } finally {
      button.disabled = false;
    }
  });
}
