// Builds the app once before the browser and HTTP tests (they all serve the same build).
// TEST_NO_BUILD=1 skips it, for a run of files that start no server (while the build cannot pass).
import { ensureBuild } from '../../scripts/lib/build';

export function setup(): void {
  if (process.env.TEST_NO_BUILD === '1') return;
  if (!ensureBuild()) throw new Error('next build failed; the e2e tests need a build');
}
