/**
 * Slows Chromium's JavaScript threads, a page's main thread and each dedicated worker, to
 * 1 / slowdown of a CPU each, with Linux CPU quotas (cgroup v1, one group per thread).
 *
 * Why not CDP: `Emulation.setCPUThrottlingRate` slows a page's main thread only, and a worker's
 * session refuses it ("Operation is only supported for pages, not workers"), so work moved into a
 * worker would run at full speed beside a slowed page and look four times cheaper than it is. Here
 * both threads are slowed alike and run side by side, as on a phone with several slow cores. As
 * with CDP, Chromium's other threads (compositor, V8's helpers, the browser process) run at full
 * speed. Needs root and a writable cgroup v1 `cpu` hierarchy; throws a clear error otherwise.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CPU_ROOT = '/sys/fs/cgroup/cpu';
/** A 10 ms period: a slowed thread runs 2.5 ms of every 10 (at 4×), fine-grained beside a 50 ms long task. */
const PERIOD_US = 10_000;
/** How often new threads (a worker that just started) are looked for: a few ms of full speed at most. */
const POLL_MS = 2;
/** How long a new thread's name is read again (a worker's thread is named once it runs). */
const NAMED_WITHIN_MS = 200;
/** How often the process list is read again for new renderers. */
const RESCAN_MS = 25;

export interface ThreadThrottle {
  /** False: the threads run at full speed (while a benchmark writes its data, say). */
  active: boolean;
  /** Threads slowed so far (main threads and workers), for the benchmark's report. */
  readonly seen: () => { pages: number; workers: number };
  readonly stop: () => void;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Pids of the processes below `root` whose command line says they are Chromium renderers. */
function renderers(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
    const stat = read(`/proc/${name}/stat`);
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parent.set(Number(name), ppid);
  }
  const below = (pid: number): boolean => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return [...parent.keys()].filter((pid) => below(pid) && read(`/proc/${pid}/cmdline`).includes('--type=renderer'));
}

/** Whether this machine lets the benchmark slow threads (root, and a cgroup v1 cpu hierarchy). */
export function threadsAvailable(): boolean {
  return process.getuid?.() === 0 && existsSync(join(CPU_ROOT, 'cpu.cfs_quota_us'));
}

/** Slows the renderer main threads and dedicated workers of the Chromium processes this process started. */
export function throttleThreads(slowdown: number, root = process.pid): ThreadThrottle {
  if (!threadsAvailable()) {
    throw new Error(`Slowing threads needs root and a cgroup v1 cpu hierarchy at ${CPU_ROOT}; use --cpu cdp instead.`);
  }
  const base = join(CPU_ROOT, `wegweiser-bench-${process.pid}`);
  mkdirSync(base, { recursive: true });
  const quota = String(Math.round(PERIOD_US / slowdown));
  const groups = new Map<number, string>();
  // Other threads, put back in the root group: a thread a slowed thread starts is born in its
  // group. Their names are read again for a while, since a worker's thread is named after it starts.
  const others = new Map<number, number>();
  const seen = { pages: 0, workers: 0 };
  let active = true;
  let pages: number[] = [];

  const setQuota = (group: string) => writeFileSync(join(group, 'cpu.cfs_quota_us'), active ? quota : '-1');
  const place = (tid: number, worker: boolean) => {
    const group = join(base, `t${tid}`);
    try {
      mkdirSync(group, { recursive: true });
      writeFileSync(join(group, 'cpu.cfs_period_us'), String(PERIOD_US));
      setQuota(group);
      writeFileSync(join(group, 'tasks'), String(tid));
      groups.set(tid, group);
      seen[worker ? 'workers' : 'pages']++;
    } catch {
      // The thread ended meanwhile.
    }
  };
  const poll = () => {
    const now = performance.now();
    for (const pid of pages) {
      let tids: string[];
      try {
        tids = readdirSync(`/proc/${pid}/task`);
      } catch {
        continue;
      }
      for (const name of tids) {
        const tid = Number(name);
        if (groups.has(tid)) continue;
        const since = others.get(tid);
        if (since !== undefined && now - since > NAMED_WITHIN_MS) continue;
        const worker = read(`/proc/${pid}/task/${name}/comm`).startsWith('DedicatedWorker');
        if (tid === pid || worker) {
          others.delete(tid);
          place(tid, worker);
        } else if (since === undefined) {
          others.set(tid, now);
          try {
            writeFileSync(join(CPU_ROOT, 'tasks'), name);
          } catch {
            // Ended.
          }
        }
      }
    }
  };
  const rescan = () => {
    pages = renderers(root);
    poll();
  };
  rescan();
  const polling = setInterval(poll, POLL_MS);
  const rescanning = setInterval(rescan, RESCAN_MS);

  return {
    get active() {
      return active;
    },
    set active(on: boolean) {
      active = on;
      for (const group of groups.values()) {
        try {
          setQuota(group);
        } catch {
          // Its thread ended and the group was cleaned up.
        }
      }
    },
    seen: () => ({ ...seen }),
    stop() {
      clearInterval(polling);
      clearInterval(rescanning);
      for (const group of groups.values()) {
        // Threads still alive go back to the root group (the slowed one, and any it started since
        // the last poll); an ended one left its group empty.
        for (const tid of read(join(group, 'tasks')).split('\n').filter(Boolean)) {
          try {
            writeFileSync(join(CPU_ROOT, 'tasks'), tid);
          } catch {
            // Ended.
          }
        }
        try {
          rmdirSync(group);
        } catch {
          // Not empty yet: removed with the base below, or left for the machine's next boot.
        }
      }
      try {
        rmdirSync(base);
      } catch {
        // A group not yet empty keeps it.
      }
    },
  };
}
