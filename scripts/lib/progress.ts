// A one-line progress bar on stderr (only when it is a terminal, or when forced).
export function progressBar(label: string, force = false) {
  const started = Date.now();
  const tty = process.stderr.isTTY || force;
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (!tty || (now - last < 200 && done < total)) return;
    last = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const rate = done / Math.max((now - started) / 1000, 0.001);
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} ${Math.round(rate).toLocaleString('en-US')}/s`,
    );
    if (done >= total) process.stderr.write('\n');
  };
}
