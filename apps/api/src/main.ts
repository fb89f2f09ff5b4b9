import { ConfigError, loadConfig } from './config/app-config';
import { createHubApp } from './bootstrap';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await createHubApp(config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // A fixed, parseable line: the run command and the test harness wait for it.
  process.stdout.write(`${JSON.stringify({ msg: 'hub api listening', url: `http://${config.host}:${port}` })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`The API failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
