import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  contentCheckPassed,
  failsAfterContentCheck,
  setContentCheckGate,
} from '../../../../../src/lib/content/validation/check-gate.ts';

const GATE = Symbol.for('curriculum.contentCheckGate');
afterEach(() => delete (globalThis as Record<symbol, unknown>)[GATE]);

const context = {} as LoaderContext;
const loader = (load: Loader['load']): Loader => ({ name: 'test-loader', load });

test('with no build gate (astro sync, astro check) nothing waits', async () => {
  await contentCheckPassed();
  await assert.rejects(
    failsAfterContentCheck(loader(async () => Promise.reject(new Error('schema')))).load(context),
    /schema/,
  );
});

test('a loader loads at once, before the check has finished', async () => {
  setContentCheckGate(new Promise(() => {}));
  let loaded = false;
  await failsAfterContentCheck(loader(async () => void (loaded = true))).load(context);
  assert.equal(loaded, true);
});

test('a failed load waits for the verdict, so a failed check speaks first', async () => {
  const events: string[] = [];
  let pass!: () => void;
  setContentCheckGate(
    new Promise<void>((resolve) => (pass = resolve)).then(() => void events.push('verdict')),
  );
  const failing = failsAfterContentCheck(loader(async () => Promise.reject(new Error('schema'))))
    .load(context)
    .catch((error: Error) => void events.push(error.message));
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(events, []);
  pass();
  await failing;
  assert.deepEqual(events, ['verdict', 'schema']);
});
