// What StudyRecord.astro runs in the browser. The study record page: counts, the completion code
// and its QR code.
import { startStudyRecord } from './study-record.ts';
import { startRecordRestore } from './record-restore.ts';

const root = document.querySelector<HTMLElement>('[data-record]')!;
const render = startStudyRecord(root);
startRecordRestore(root, render);
