// Runs once when the server starts: the pledge export's worker threads are started here, so the
// first download does not wait for them and their fixed memory is part of the server's baseline.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startExportThreads } = await import('./db/csv-export');
  startExportThreads();
}
