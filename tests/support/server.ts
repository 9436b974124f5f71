// The browser and HTTP tests start servers exactly as the bench does.
export { startServer, freePort, type RunningServer } from '../../scripts/lib/serve';
