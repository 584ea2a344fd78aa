import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planVersion } from '../../../../src/lib/plans/version.ts';
import { fingerprintHex, pathFingerprint } from '../../../../src/lib/plans/checksums.ts';

test('a plan version is its year and the fingerprint completion codes carry, in four hex digits', () => {
  const codes = ['DX-001', 'LL-002'];
  assert.equal(planVersion(2027, codes), `2027-${fingerprintHex(pathFingerprint(codes))}`);
  // Printed on issued codes and kept in path.json: the values themselves must never move.
  assert.equal(planVersion(2027, codes), '2027-A2F2');
  assert.equal(planVersion(2027, []), '2027-1CD9');
});

test('the order of the required codes is part of the version', () => {
  assert.notEqual(planVersion(2027, ['DX-001', 'LL-002']), planVersion(2027, ['LL-002', 'DX-001']));
});

test('a fingerprint prints as four upper-case hex digits, zeros first', () => {
  assert.equal(fingerprintHex(0x4f2a), '4F2A');
  assert.equal(fingerprintHex(0x0a), '000A');
});
