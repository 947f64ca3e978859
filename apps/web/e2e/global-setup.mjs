// Starts the platform the journeys run against (unless E2E_BASE_URL names one) and stops it afterwards.
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, startServer, stopServer } from './platform.mjs';

export default async function globalSetup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
  }
  if (process.env.E2E_BASE_URL) return undefined;
  const server = startServer();
  try {
    // The workers start after this and inherit the address.
    process.env.E2E_BASE_URL = await server.ready;
  } catch (error) {
    await stopServer(server.child);
    throw error;
  }
  console.log(`e2e: testing ${process.env.E2E_BASE_URL}`);
  return () => stopServer(server.child);
}
