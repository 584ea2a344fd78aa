// Runs the steps of a script made of several commands (scripts/steps.ts): one after another,
// stopping at the first that fails, as `a && b` did. A background step runs beside the steps
// after it; the last step starts only once it has succeeded.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Step } from './step-scripts.ts';

interface Running {
  step: Step;
  child: ChildProcess;
  /** The exit code (1 after a signal), once it has ended. */
  ended: Promise<number>;
  /** What a background step printed, held until it ends. */
  output: Buffer[];
}

function start(step: Step): Running {
  const child = spawn(step.command, step.args, {
    stdio: step.background ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    env: { ...process.env, ...step.env },
  });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  const ended = new Promise<number>((resolve) => {
    child.on('error', (error) => {
      console.error(`无法运行 ${step.command}：${error.message}`);
      resolve(2);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
  return { step, child, ended, output };
}

const commandLine = (step: Step) => [step.command.split(/[\\/]/).at(-1), ...step.args].join(' ');

/** A background step's held output, framed so it reads as one block. */
function framed(running: Running, code: number): Buffer {
  const title = commandLine(running.step);
  return Buffer.concat([
    Buffer.from(`\n──── ${title}（与其他步骤同时运行）的输出 ────\n`),
    ...running.output,
    Buffer.from(`──── ${title} ${code === 0 ? '完成' : `失败，退出码 ${code}`} ────\n\n`),
  ]);
}

/** Runs `steps`; resolves to the exit code of the first that failed, or 0. */
export async function runSteps(steps: Step[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const background: Running[] = [];
  let foreground: Running | undefined;
  // A failed background step stops the step beside it at once rather than after it.
  let backgroundFailure: number | undefined;
  const stopAll = (code: number) => {
    for (const running of background) running.child.kill('SIGTERM');
    return code;
  };

  for (const [index, step] of steps.entries()) {
    if (step.background) {
      const running = start(step);
      background.push(running);
      void running.ended.then((code) => {
        out.write(framed(running, code));
        if (code === 0) return;
        backgroundFailure ??= code;
        foreground?.child.kill('SIGTERM');
      });
      continue;
    }
    if (index === steps.length - 1) {
      const failed = (await Promise.all(background.map((running) => running.ended))).find(
        (code) => code !== 0,
      );
      if (failed !== undefined) return stopAll(failed);
    }
    foreground = start(step);
    const code = await foreground.ended;
    foreground = undefined;
    if (backgroundFailure !== undefined) return stopAll(backgroundFailure);
    if (code !== 0) return stopAll(code);
  }
  return 0;
}
