/**
 * Why a roster file could not be read, in the secretary's words: each sentence names the file
 * and says what to do in Excel or WPS, because the person reading it is not a programmer.
 */

export type ReadProblem =
  | 'legacy'
  | 'wps'
  | 'encrypted'
  | 'damaged'
  | 'notXlsx'
  | 'notText'
  | 'unsupported'
  | 'tooLarge'
  | 'emptyWorkbook'
  | 'emptyText';

/** Larger than any roster; a browser tab holds the file and its unzipped sheets in memory. */
export const MAX_TABLE_FILE_BYTES = 20 * 1024 * 1024;

const MESSAGES: Record<ReadProblem, (file: string) => string> = {
  legacy: (file) => `${file} 是旧版 Excel 格式，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv`,
  wps: (file) => `${file} 是 WPS 表格格式，请在 WPS 中另存为 .xlsx 或 .csv`,
  encrypted: (file) =>
    `${file} 设有打开密码，无法读取。请在 Excel 或 WPS 中输入密码打开，取消打开密码后另存，再打开`,
  damaged: (file) =>
    `${file} 已损坏或不完整，无法读取。请在 Excel 或 WPS 中打开它，另存为 .xlsx 或 .csv 后再试`,
  notXlsx: (file) => `${file} 不是 Excel 工作簿，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv`,
  notText: (file) => `${file} 不是文本格式的 .csv 文件，请在 Excel 或 WPS 中另存为 .xlsx 或 .csv`,
  unsupported: (file) =>
    `${file} 的格式无法读取：只能打开 .xlsx 和 .csv 文件，请在 Excel 或 WPS 中另存为其中一种`,
  tooLarge: (file) => `${file} 超过 20 MB，不像是一份名单，请只保留名单所在的工作表后另存`,
  emptyWorkbook: (file) => `${file} 里没有数据：所有工作表都是空的`,
  emptyText: (file) => `${file} 是空的，没有任何数据`,
};

export function readProblem(problem: ReadProblem, fileName: string): { error: string } {
  return { error: MESSAGES[problem](fileName) };
}
