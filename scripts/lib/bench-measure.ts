// Runs one Astro build and measures it: wall time, peak memory of the process tree, HTML output.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { moduleSlugOf } from '../../src/lib/routes/routes.ts';

export interface BuildRun {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Highest resident memory seen for the build process and its descendants, in MB. */
  peakRssMb: number;
  /**
   * CPU time (user + system) of the build and its descendants, in seconds, as last seen before it
   * ended. Unlike wall time it barely moves when other work shares the machine.
   */
  cpuSeconds: number;
  /** The last lines the build printed (stdout and stderr interleaved). */
  tail: string[];
}

/**
 * Builds the project in `dir` with the current Node running `args`: `astro build` unless told
 * otherwise (our site is measured as `npm run build` runs it, see BUILD_COMMANDS).
 */
export function runAstroBuild(
  dir: string,
  {
    pollMs = 100,
    tailLines = 40,
    packs = 'off' as 'off' | 'html' | 'pdf',
    args = ['node_modules/astro/bin/astro.mjs', 'build'] as readonly string[],
  } = {},
): Promise<BuildRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  // Our site reads these; a benchmark must not inherit a deployment's settings.
  for (const name of ['CURRICULUM_OUT_DIR', 'SITE_URL', 'BASE_PATH', 'QR_ALLOW_LOCAL']) delete env[name];
  // A public origin, so module and path pages carry their QR codes as a deployed site's do;
  // packs are left out (they have their own bench: npm run bench:packs); `html` keeps the print
  // pages so that the path figures can print the path packs alone (bench-paths.ts).
  Object.assign(env, { SITE_URL: 'https://learning.bench-site.cn', CURRICULUM_PACKS: packs });
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim()),
    );
    tail.splice(0, Math.max(0, tail.length - tailLines));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let peakKb = 0;
  let cpuTicks = 0;
  const poll = () => {
    if (!child.pid) return;
    peakKb = Math.max(peakKb, treeRssKb(child.pid));
    cpuTicks = Math.max(cpuTicks, treeCpuTicks(child.pid));
  };
  const timer = setInterval(poll, pollMs);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      resolve({
        ok: exitCode === 0,
        exitCode,
        wallMs,
        peakRssMb: peakKb / 1024,
        cpuSeconds: cpuTicks / CLOCK_TICKS_PER_SECOND,
        tail,
      });
    });
  });
}

/**
 * Resident memory of a process tree right now: the sum of VmRSS over the process and its
 * descendants, or the root's own high-water mark (VmHWM) if that is higher, which catches a
 * peak of the main process between two polls.
 */
export function treeRssKb(rootPid: number): number {
  const pids = [rootPid, ...descendantsOf(rootPid)];
  const sum = pids.reduce((total, pid) => total + statusKb(pid, 'VmRSS'), 0);
  return Math.max(sum, statusKb(rootPid, 'VmHWM'));
}

/** Linux's USER_HZ: /proc counts CPU time in these ticks on every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU ticks a process tree has used so far: each live process's own user and system time plus
 * that of the children it has already waited for (how Pagefind's finished indexer is counted).
 */
export function treeCpuTicks(rootPid: number): number {
  return [rootPid, ...descendantsOf(rootPid)].reduce((total, pid) => total + cpuTicksOf(pid), 0);
}

function cpuTicksOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name: state is field 3, utime..cstime are fields 14..17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((total, field) => total + Number(field), 0);
  } catch {
    return 0;
  }
}

export function descendantsOf(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Field 4 is the parent pid; the command name (field 2) may contain spaces, so split after ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we were looking.
    }
  }
  const found: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export interface HtmlStats {
  pages: number;
  modulePages: number;
  medianModuleBytes: number;
  maxBytes: number;
  maxPath: string;
}

/** Sizes of the HTML pages in `distDir`; module pages are `modules/<id>/index.html`. */
export function htmlStats(distDir: string): HtmlStats {
  const pages = readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({
      path: relative(distDir, join(distDir, path)).split('\\').join('/'),
      bytes: statSync(join(distDir, path)).size,
    }));
  const modules = pages
    .filter(
      (page) => page.path.endsWith('/index.html') && moduleSlugOf(page.path.slice(0, -'index.html'.length)),
    )
    .map((page) => page.bytes);
  const largest = pages.reduce((max, page) => (page.bytes > max.bytes ? page : max), { path: '', bytes: 0 });
  return {
    pages: pages.length,
    modulePages: modules.length,
    medianModuleBytes: median(modules),
    maxBytes: largest.bytes,
    maxPath: largest.path,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
