// Resident memory of a process tree (the server and its children), from /proc.
import fs from 'node:fs';

function children(pid: number): number[] {
  try {
    return fs
      .readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export function treeRssMb(root: number): number {
  let kb = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    kb += rssKb(pid);
    stack.push(...children(pid));
  }
  return kb / 1024;
}

/** Samples the tree's RSS every 50 ms while `work` runs; returns the peak growth over the start. */
export async function peakRssGrowthMb<T>(
  root: number,
  work: () => Promise<T>,
): Promise<{ result: T; growthMb: number }> {
  const base = treeRssMb(root);
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(root));
  }, 50);
  try {
    const result = await work();
    peak = Math.max(peak, treeRssMb(root));
    return { result, growthMb: peak - base };
  } finally {
    clearInterval(timer);
  }
}
