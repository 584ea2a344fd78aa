// `npm run new [-- --title … --topic … --stage … --format … --groups a,b --hours 2 --slug …]`:
// creates a draft module from the template with the next free code for its topic. There is one
// flag per taxonomy kind a lecturer chooses, named after its module field (see `--help`). Flags
// that are missing are asked for interactively; without a terminal they must all be given.
// Exit codes: 0 module created, 1 bad or missing answers (nothing written), 2 the script failed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { intro, outro } from '@clack/prompts';
import {
  ANSWER_NAMES,
  missingAnswers,
  parseAnswers,
  type ModuleAnswers,
  type RawAnswers,
} from '../src/lib/content/scaffold/answers.ts';
import { addToEditorManifest, EDITOR_MANIFEST } from '../src/lib/content/scaffold/editor-manifest.ts';
import { scaffoldMessages as say } from '../src/lib/content/scaffold/messages.ts';
import { planModule, ScaffoldError } from '../src/lib/content/scaffold/plan.ts';
import { EXAMPLE, scaffoldUsage } from '../src/lib/content/scaffold/usage.ts';
import { calendarToday, isoDay } from '../src/lib/platform/calendar.ts';
import { createRoutes } from '../src/lib/routes/routes.ts';
import { formatIssue } from '../src/lib/content/validation/report.ts';
import { readContentSources } from '../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../src/lib/content/files/taxonomy.ts';
import { validateContent } from '../src/lib/content/validation/validate-content.ts';
import { askMissing, PromptCancelled } from './lib/new-prompts.ts';
import { exitWithUsageIfAsked } from './lib/cli-args.ts';

const root = process.cwd();
exitWithUsageIfAsked(scaffoldUsage());

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof PromptCancelled) {
    process.exitCode = 1;
  } else if (error instanceof ScaffoldError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    console.error(
      `新建模块时程序自身出错，请把这条信息发给维护人员：${(error as Error)?.message ?? String(error)}`,
    );
    process.exitCode = 2;
  }
}

async function main(): Promise<number> {
  const raw = readFlags();
  if (!raw) return 1;

  const sources = readContentSources(root);
  const { record, issues } = readTaxonomy(sources.taxonomy);
  if (issues.length) {
    console.error([say.taxonomyBroken(), ...issues.map(formatIssue)].join('\n'));
    return 1;
  }
  const { answers: given, errors } = parseAnswers(raw, record.taxonomy);
  if (errors.length) {
    console.error(errors.join('\n'));
    return 1;
  }

  let answers: ModuleAnswers;
  const missing = missingAnswers(given);
  if (missing.length === 0) {
    answers = given as ModuleAnswers;
  } else if (process.stdin.isTTY && process.stdout.isTTY) {
    intro('新建课程模块');
    answers = await askMissing(given, record.taxonomy);
  } else {
    console.error(`${say.missing(missing)}\n${EXAMPLE}`);
    return 1;
  }

  const plan = planModule(answers, {
    taxonomy: record.taxonomy,
    sources: sources.modules,
    today: isoDay(calendarToday()),
  });
  const absolute = join(root, plan.path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileSync(absolute, plan.text, { flag: 'wx' });
  registerForEditor(absolute);

  // The template is meant to pass the check as written; say so, or show what does not.
  const report = validateContent(readContentSources(root));
  const own = report.issues.filter((issue) => issue.file === plan.path);
  const lines = [
    `已创建 ${plan.path}（编号 ${plan.code}，状态 draft）。`,
    own.length ? own.map(formatIssue).join('\n') : '内容检查：新模块没有问题。',
    '下一步：',
    `  1. 打开 ${plan.path}，把每一处【待填写】换成正式内容；`,
    '  2. 运行 npm run check，按提示修正；',
    `  3. 运行 npm run dev，在浏览器打开 http://localhost:4321${createRoutes(process.env.BASE_PATH ?? '/').module(plan.code)} 预览；`,
    '  4. 写完后把 status 改为 published，运行 npm run qr:register 登记二维码，再提交合并请求。',
  ];
  if (process.stdout.isTTY && missing.length) outro(lines.join('\n'));
  else console.log(lines.join('\n'));
  return own.some((issue) => issue.severity === 'error') ? 2 : 0;
}

/** The flags as strings, or undefined after printing what was wrong with them. */
function readFlags(): RawAnswers | undefined {
  try {
    const { values } = parseArgs({
      options: Object.fromEntries(ANSWER_NAMES.map((flag) => [flag, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as RawAnswers;
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const quoted = /'([^' ]+)/.exec(message)?.[1] ?? message;
    const problem =
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? say.flagValueMissing(quoted)
        : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
          ? say.unexpectedValue(quoted)
          : say.unknownFlag(quoted, ANSWER_NAMES.map((name) => `--${name}`).join(' '));
    console.error(`${problem}\n${EXAMPLE}`);
    return undefined;
  }
}

/** Lets the Astro VS Code extension complete the new file's frontmatter without a restart. */
function registerForEditor(absolute: string): void {
  const manifestPath = join(root, EDITOR_MANIFEST);
  if (!existsSync(manifestPath)) return;
  const updated = addToEditorManifest(readFileSync(manifestPath, 'utf8'), pathToFileURL(absolute).href);
  if (updated) writeFileSync(manifestPath, updated);
}
