import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { projectRoot } from '../../helpers/content.ts';
import { makeTempProject } from '../../helpers/temp-project.ts';

// `npm run dev` is the lecturer's first command. Vite's dependency scan once failed on a
// component whose frontmatter comment spelled a script tag, printing an [ERROR], a PARSE_ERROR
// and a stack trace on every fresh clone while the pages still worked.

/** Vite's own pattern for the scripts of an .astro file, read from the installed Vite. */
function viteScriptPattern(): RegExp {
  const dir = join(projectRoot, 'node_modules', 'vite', 'dist', 'node', 'chunks');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const found = /^const scriptRE = \/(.+)\/([a-z]*);$/m.exec(readFileSync(join(dir, file), 'utf8'));
    if (found) return new RegExp(found[1]!, found[2]);
  }
  throw new Error('scriptRE not found in Vite: update this test to how Vite scans .astro files');
}

/** Syntax errors in what the dependency scan takes for the scripts of an .astro source. */
function scanErrors(source: string, pattern: RegExp): string[] {
  const scripts = source.replace(/<!--.*?-->/gs, '<!---->').matchAll(pattern);
  return [...scripts]
    .filter(([, open]) => !/\b(type|src)\s*=/.test(open!))
    .flatMap(([, , body]) =>
      (ts.transpileModule(body!, { reportDiagnostics: true }).diagnostics ?? []).map((diagnostic) =>
        ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
      ),
    );
}

test("every component's scripts parse where Vite's dev dependency scan reads them", () => {
  const pattern = viteScriptPattern();
  // The scan has no notion of frontmatter: a comment that spells the tag starts a "script".
  const spelled = '---\n// keep the `<script is:inline>` body.\n---\n<script>1</script>';
  assert.notDeepEqual(scanErrors(spelled, pattern), []);
  const src = join(projectRoot, 'src');
  for (const file of readdirSync(src, { recursive: true }).map(String)) {
    if (!file.endsWith('.astro')) continue;
    assert.deepEqual(scanErrors(readFileSync(join(src, file), 'utf8'), pattern), [], file);
  }
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

async function waitForPage(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer 200 in time`);
}

test('npm run dev on a fresh copy prints no error and no stack trace', { timeout: 240_000 }, async () => {
  const project = makeTempProject([], { withCurriculum: true });
  for (const entry of ['content', 'public']) {
    cpSync(join(projectRoot, entry), join(project.root, entry), { recursive: true });
  }
  const port = await freePort();
  const child = spawn('npm', ['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: project.root,
    detached: true,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const closed = new Promise((resolve) => child.on('close', resolve));
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitForPage(`${origin}/`, Date.now() + 180_000);
    const catalog = await (await fetch(`${origin}/modules/`)).text();
    const module = /href="(\/modules\/[a-z]+-\d+\/)"/.exec(catalog)?.[1];
    assert.ok(module, 'a module page is linked from /modules/');
    for (const path of [module, '/paths/', '/guide/']) {
      assert.equal((await fetch(`${origin}${path}`)).status, 200, path);
    }
    // Let the log catch up with the last request.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await closed;
    project.remove();
  }
  assert.match(output, /watching for file changes/);
  assert.doesNotMatch(output, /\[ERROR\]|PARSE_ERROR/);
  assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
  assert.doesNotMatch(output, /New version of Astro available/);
});
