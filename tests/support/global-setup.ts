// Builds the app once before the browser and HTTP tests (they all serve the same build).
import { ensureBuild } from '../../scripts/lib/build';

export function setup(): void {
  if (!ensureBuild()) throw new Error('next build failed; the e2e tests need a build');
}
