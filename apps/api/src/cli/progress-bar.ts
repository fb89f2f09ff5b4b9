/** A one-line progress bar on stderr (redrawn in place on a terminal, one line per update otherwise). */
export function renderProgress(label: string, done: number, total: number): void {
  const width = 30;
  const ratio = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(ratio * width);
  const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${Math.round(ratio * 100)}%)`;
  process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
}
