import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, TestApp } from '../testing/test-app';

/** A raw POST (fetch would decode the body and hide the encoding). */
function post(url: string, query: string, acceptEncoding: string): Promise<{ status: number; encoding: string | undefined; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify({ query });
    const request = httpRequest(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding, 'content-length': Buffer.byteLength(payload) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** GraphQL answers travel compressed when the client accepts it (people on weak connections), small ones as they are. */
describe('GraphQL response compression', () => {
  let hub: TestApp;
  // Districts and sectors named in three languages (what the web's vocabularies query asks): kilobytes of JSON.
  const LARGE = '{ places(level: DISTRICT) { code parentCode names { en ar fr } } sectors { code names { en ar fr } subSectors { code names { en ar fr } } } }';

  beforeAll(async () => {
    hub = await startTestApp();
  });

  afterAll(async () => {
    await hub.close();
  });

  it('compresses a large answer with Brotli or gzip, as the client asks, and the same JSON comes out', async () => {
    const plain = await post(`${hub.url}/graphql`, LARGE, 'identity');
    expect(plain.status).toBe(200);
    expect(plain.encoding).toBeUndefined();
    const json = JSON.parse(plain.body.toString('utf8')) as { data: { places: unknown[] } };
    expect(json.data.places.length).toBeGreaterThan(20);
    expect(plain.body.length).toBeGreaterThan(3000);

    const br = await post(`${hub.url}/graphql`, LARGE, 'gzip, deflate, br');
    expect(br.encoding).toBe('br');
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(json);

    const gzip = await post(`${hub.url}/graphql`, LARGE, 'gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString('utf8'))).toEqual(json);
  });

  it('sends a small answer uncompressed', async () => {
    const small = await post(`${hub.url}/graphql`, '{ __typename }', 'gzip, br');
    expect(small.status).toBe(200);
    expect(small.encoding).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ data: { __typename: 'Query' } });
  });
});
