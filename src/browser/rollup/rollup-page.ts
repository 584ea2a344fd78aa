/**
 * The rollup page's controller: the session (scope, report files, tree file) is read from and
 * saved to IndexedDB at every change, and each change rolls everything up again from the files
 * (about a second for 300 branches), so what is shown always follows from what is stored.
 */
import { readInputs } from '../../lib/rollup/inputs.ts';
import { currentVersions, type RollupPageData } from '../../lib/rollup/page-data.ts';
import { createRollup } from '../../lib/rollup/rollup.ts';
import { rollupSheets } from '../../lib/rollup/rollup-sheets.ts';
import { scopeProblems } from '../../lib/rollup/scope.ts';
import { guessScope, mergeFiles } from '../../lib/rollup/session.ts';
import { readTreeFile } from '../../lib/rollup/tree.ts';
import { startExports, type Computed } from './exports.ts';
import { loadRollupPageData, PAGE_DATA_FAILED, STORAGE_FAILED } from './load-page-data.ts';
import { el } from './render-table.ts';
import { renderRollup } from './rollup-view.ts';
import { openRollupStore, type RollupSession, type RollupStore } from './rollup-store.ts';
import { scopeForm } from './scope-form.ts';

const TABLE_FILE = /\.(xlsx|xlsm|xls|csv|txt|tsv|et)$/i;

export async function startRollupPage(root: HTMLElement): Promise<void> {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const form = scopeForm(root);
  const status = $('[data-rollup-files-status]');
  const summary = $('[data-rollup-summary]');
  const parts = {
    summary,
    rejectedBox: $('[data-rollup-rejected-box]'),
    rejected: $('[data-rollup-rejected]'),
    unknown: $('[data-rollup-unknown]'),
    body: $('[data-rollup-body]'),
    tables: $('[data-rollup-tables]'),
    levelUp: $<HTMLButtonElement>('[data-rollup-levelup]'),
    levelUpNote: $('[data-rollup-levelup-note]'),
    printSheet: $('[data-rollup-print-sheet]'),
  };
  const problems = $('[data-rollup-scope-problems]');
  const treeProblems = $('[data-rollup-tree-problems]');
  const clear = $<HTMLButtonElement>('[data-rollup-clear]');

  let data: RollupPageData;
  try {
    data = await loadRollupPageData();
  } catch {
    summary.textContent = PAGE_DATA_FAILED;
    return;
  }
  let store: RollupStore | undefined;
  try {
    store = await openRollupStore();
  } catch {
    store = undefined;
  }
  const empty = (): RollupSession => ({
    scope: { level: 'company', year: data.year, company: '', unit: '', name: '' },
    files: [],
  });
  let session = (await store?.load().catch(() => undefined)) ?? empty();
  let computed: Computed | undefined;
  let run = 0;
  form.write(session.scope);

  const list = (target: HTMLElement, items: readonly string[]) => {
    target.hidden = items.length === 0;
    target.replaceChildren(...items.map((item) => el('li', item)));
  };
  const save = async () => {
    if (!store) return void (status.textContent = STORAGE_FAILED);
    await store.save(session).catch(() => (status.textContent = STORAGE_FAILED));
  };

  async function update(): Promise<void> {
    const token = ++run;
    const { files, tree, scope } = session;
    status.textContent = `已导入 ${files.length} 个上报文件${tree ? `，组织架构「${tree.fileName}」` : '；没有导入组织架构，按上报文件列出支部'}。`;
    clear.disabled = !files.length && !tree;
    const missing = scopeProblems(scope);
    list(problems, missing);
    if (missing.length || !files.length) {
      computed = undefined;
      parts.body.hidden = true;
      parts.rejectedBox.hidden = true;
      summary.textContent = files.length ? '请先填好汇总单位和年度。' : '导入上报文件后，这里显示汇总结果。';
      return;
    }
    summary.textContent = '正在汇总……';
    const verdicts = await readInputs(files, scope);
    const orgTree = tree ? await readTreeFile(tree.bytes, tree.fileName) : undefined;
    if (token !== run) return;
    list(treeProblems, orgTree?.problems ?? []);
    const rollup = createRollup({
      scope,
      inputs: verdicts.accepted,
      tree: orgTree,
      currentVersions: currentVersions(data, scope.year),
      targets: data.visitTargets,
    });
    computed = { rollup, verdicts, sheets: rollupSheets(rollup, verdicts, data) };
    renderRollup(parts, computed, data);
  }

  const change = async (next: RollupSession) => {
    session = next;
    await save();
    await update();
  };
  form.onChange(() => void change({ ...session, scope: form.read() }));

  const addFiles = async (picked: readonly File[]) => {
    const treeFile = picked.find((file) => TABLE_FILE.test(file.name));
    const reports = picked.filter((file) => !TABLE_FILE.test(file.name));
    const read = await Promise.all(
      reports.map(async (file) => ({ fileName: file.name, text: await file.text() })),
    );
    const files = mergeFiles(session.files, read);
    const tree = treeFile
      ? { fileName: treeFile.name, bytes: new Uint8Array(await treeFile.arrayBuffer()) }
      : session.tree;
    const scope = guessScope(form.read(), files);
    form.write(scope);
    await change({ scope, files, tree });
  };
  const reportsInput = $<HTMLInputElement>('[data-rollup-reports]');
  const treeInput = $<HTMLInputElement>('[data-rollup-tree]');
  for (const input of [reportsInput, treeInput])
    input.addEventListener('change', async () => {
      await addFiles([...(input.files ?? [])]);
      input.value = '';
    });
  const drop = $('[data-rollup-drop]');
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.dataset.over = '';
  });
  drop.addEventListener('dragleave', () => delete drop.dataset.over);
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    delete drop.dataset.over;
    void addFiles([...(event.dataTransfer?.files ?? [])]);
  });
  clear.addEventListener('click', async () => {
    if (!confirm('清空导入的全部上报文件和组织架构？汇总单位和年度会保留。')) return;
    await store?.wipe().catch(() => undefined);
    session = { ...empty(), scope: session.scope };
    await change(session);
    status.textContent = '已清空。';
  });
  startExports(root, () => computed, data);
  await update();
}
