import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs here, so the compose file is checked structurally: it parses, pins its
// images, wires every service by environment, and the README documents each variable it sets.
const root = join(__dirname, '../../../..');

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
}

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as {
    services: Record<string, ComposeService>;
    volumes: Record<string, unknown>;
  };
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('runs MongoDB 8 and Meilisearch v1 on pinned versions, with volumes and health checks', () => {
    const { mongodb, meilisearch } = compose.services;
    expect(mongodb.image).toMatch(/^mongo:8\.\d+\.\d+$/);
    expect(meilisearch.image).toMatch(/^getmeili\/meilisearch:v1\.\d+\.\d+$/);
    for (const service of [mongodb, meilisearch]) {
      expect(service.healthcheck?.test.length).toBeGreaterThan(1);
      const volume = service.volumes?.[0]?.split(':')[0] ?? '';
      expect(Object.keys(compose.volumes)).toContain(volume);
    }
  });

  it('takes secrets from the environment, never from the file', () => {
    expect(compose.services.meilisearch.environment?.['MEILI_MASTER_KEY']).toMatch(/^\$\{MEILI_MASTER_KEY:\?/);
    expect(compose.services.hub.environment?.['HUB_JWT_SECRET']).toMatch(/^\$\{HUB_JWT_SECRET:\?/);
  });

  it('starts the hub after healthy dependencies, wired to them by variables the README documents', () => {
    const hub = compose.services.hub;
    expect(hub.depends_on).toEqual({ mongodb: { condition: 'service_healthy' }, meilisearch: { condition: 'service_healthy' } });
    expect(hub.environment?.['MONGODB_URI']).toContain('mongodb://mongodb:27017');
    expect(hub.environment?.['MEILI_URL']).toBe('http://meilisearch:7700');
    for (const variable of Object.keys(hub.environment ?? {})) {
      if (variable === 'NODE_ENV') continue;
      expect(readme).toContain(`\`${variable}\``);
    }
  });
});
