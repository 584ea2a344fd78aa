/**
 * 备份与恢复: the backup file out, a backup file in, and wiping this browser's ledger. A file that
 * `parseBackup` refuses is listed reason by reason and changes nothing; a good one is described
 * (支部, 年度, 人数, 导出时间) and only replaces the ledger when the secretary says so. The reminder
 * appears once there are changes the last backup lacks and it is a week old (backup-reminder.ts).
 * The backup format's checks (zod, about 28 KB gzip) load only when a backup is exported or read.
 */
import { backupFileName } from '../../../lib/ledger/backup-file-name.ts';
import { backupReminder } from '../../../lib/ledger/backup-reminder.ts';
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { ledgerController } from '../ledger-controller.ts';
import { downloadFile } from '../../files/download.ts';

const backupFormat = () => import('../../../lib/ledger/backup.ts');
const when = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

export async function startBackupPanel(section: HTMLElement): Promise<void> {
  const controller = await ledgerController().catch(() => undefined);
  if (!controller) return;
  const $ = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-backup-${name}]`)!;
  const reminder = $('reminder');
  const exportButton = $('export');
  const file = $('file');
  const status = $('status');
  const problems = $('problems');
  const problemList = $('problem-list');
  const found = $('found');
  const summary = $('summary');
  const wipeBox = $('wipe-box');
  let restoring: Ledger | undefined;

  async function remind() {
    const due = controller!.ledger
      ? backupReminder(await controller!.store.backupState(), controller!.revision, new Date())
      : { due: false as const };
    reminder.hidden = !due.due;
    reminder.textContent = due.due ? due.message : '';
  }
  controller.subscribe((ledger) => {
    (exportButton as HTMLButtonElement).disabled = !ledger;
    wipeBox.hidden = !ledger;
    void remind();
  });

  exportButton.addEventListener('click', async () => {
    const { ledger, revision } = controller;
    if (!ledger) return;
    const name = backupFileName(ledger, controller.today());
    const { serialiseBackup } = await backupFormat();
    downloadFile(serialiseBackup(ledger), name, 'application/json');
    await controller.store.markBackedUp(revision);
    status.textContent = `已导出备份文件“${name}”。请把它另存到电脑、U盘或网盘。`;
    void remind();
  });

  file.addEventListener('change', async () => {
    const input = file as HTMLInputElement;
    const picked = input.files?.[0];
    input.value = '';
    if (!picked) return;
    restoring = undefined;
    found.hidden = true;
    const { parseBackup } = await backupFormat();
    const read = parseBackup(await picked.text());
    problems.hidden = read.ok;
    if (!read.ok) {
      problemList.replaceChildren(
        ...read.problems.map((text) => Object.assign(document.createElement('li'), { textContent: text })),
      );
      status.textContent = `“${picked.name}”不能恢复，本机台账没有改动。`;
      return;
    }
    restoring = read.ledger;
    const { branch, year, roster } = read.ledger;
    summary.replaceChildren(
      ...[
        ['支部', [branch.company, branch.unit, branch.name].filter(Boolean).join(' / ')],
        ['年度', `${year} 年度`],
        ['人数', `${roster.length} 人`],
        ['导出时间', when(read.exportedAt)],
      ].flatMap(([term, value]) => [
        Object.assign(document.createElement('dt'), { textContent: term }),
        Object.assign(document.createElement('dd'), { textContent: value }),
      ]),
    );
    found.hidden = false;
    status.textContent = `已读取“${picked.name}”，请核对下面的内容。`;
  });

  $('restore').addEventListener('click', async () => {
    if (!restoring) return;
    const replacing = controller.ledger;
    if (
      replacing &&
      !confirm(
        `用这个备份替换本机现有的台账（${replacing.branch.name}，${replacing.roster.length} 人）？本机台账中备份之后的改动会丢失。`,
      )
    )
      return;
    await controller.replace(restoring);
    // What was just restored is exactly a backup the secretary holds.
    await controller.store.markBackedUp(controller.revision);
    restoring = undefined;
    found.hidden = true;
    status.textContent = '已从备份文件恢复台账。';
    void remind();
  });
  $('cancel').addEventListener('click', () => {
    restoring = undefined;
    found.hidden = true;
    status.textContent = '已取消，本机台账没有改动。';
  });

  $('wipe').addEventListener('click', async () => {
    if (!controller.ledger) return;
    if (!confirm('清空前，建议先点“导出备份文件”保存一份。确定要清空这台设备上的台账吗？')) return;
    if (
      !confirm(
        '再确认一次：清空后，名单、完成码和签到记录都会从这台设备上删除，只能用备份文件恢复。确定清空？',
      )
    )
      return;
    await controller.wipe();
    status.textContent = '已清空本机台账。';
  });
}
