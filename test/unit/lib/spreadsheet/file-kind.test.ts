import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectFileKind, fileExtension } from '../../../../src/lib/spreadsheet/file-kind.ts';
import { compoundFile } from './fixtures/compound-file.ts';

test('a ZIP is an .xlsx; an OLE compound file is an old .xls or an encrypted .xlsx', () => {
  assert.equal(detectFileKind(new Uint8Array([0x50, 0x4b, 3, 4])), 'xlsx');
  assert.equal(detectFileKind(compoundFile(['Workbook'])), 'legacy');
  assert.equal(detectFileKind(compoundFile(['EncryptionInfo', 'EncryptedPackage'])), 'encrypted');
  assert.equal(detectFileKind(new TextEncoder().encode('姓名,党员类别')), 'text');
  assert.equal(detectFileKind(new Uint8Array()), 'text');
});

test('the extension is lower-cased, without the dot', () => {
  assert.equal(fileExtension('支部名单.XLSX'), 'xlsx');
  assert.equal(fileExtension('a.b.csv'), 'csv');
  assert.equal(fileExtension('名单'), '');
});
