import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, login } from '../../helpers/http';
import { startPortal, type TestPortal } from '../../helpers/portal';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  bytes: Buffer;
}

/** A GET read byte for byte, nothing decoded (fetch would undo the compression out of sight). */
function rawGet(url: string, headers: Record<string, string>): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Compression of the console’s large answers', () => {
  let portal: TestPortal;
  let admin: string;

  beforeAll(async () => {
    portal = await startPortal({ site: false });
    admin = await login(portal.url, 'admin@example.com');
  });

  afterAll(async () => {
    await portal?.stop();
  });

  const rules = (acceptEncoding: string) =>
    rawGet(`${portal.url}/api/admin/bot/rules`, {
      authorization: `Bearer ${admin}`,
      'accept-encoding': acceptEncoding,
    });

  it('should send the rule file brotli- or gzip-compressed, as the client accepts, with the same JSON inside', async () => {
    // Act
    const plain = await rules('identity');
    const br = await rules('gzip, deflate, br');
    const gzip = await rules('gzip;q=1, br;q=0');

    // Assess
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(50_000);
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'))).toEqual(
      JSON.parse(plain.bytes.toString('utf8')),
    );
    expect(JSON.parse(gunzipSync(gzip.bytes).toString('utf8'))).toEqual(JSON.parse(plain.bytes.toString('utf8')));
    expect(br.bytes.length).toBeLessThan(plain.bytes.length / 2);
    expect(gzip.bytes.length).toBeLessThan(plain.bytes.length / 2);
    expect(Number(br.headers['content-length'])).toBe(br.bytes.length);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-type']).toMatch(/^application\/json/);
  });

  it('should keep the version’s ETag on the compressed answer, and take it back in If-Match', async () => {
    // Prepare
    const plain = await rules('identity');
    const br = await rules('br');
    const etag = String(br.headers.etag);
    const { rules: file } = JSON.parse(brotliDecompressSync(br.bytes).toString('utf8'));

    // Act
    const saved = await call(portal.url, 'PUT', '/api/admin/bot/rules', {
      token: admin,
      body: file,
      headers: { 'if-match': etag },
    });

    // Assess
    expect(br.headers['content-encoding']).toBe('br');
    expect(etag).toBe(String(plain.headers.etag));
    expect(saved.status).toBe(200);
  });

  it('should send small answers as they are', async () => {
    // Act
    const small = await rawGet(`${portal.url}/api/admin/tickets?limit=1`, {
      authorization: `Bearer ${admin}`,
      'accept-encoding': 'gzip, br',
    });

    // Assess
    expect(small.status).toBe(200);
    expect(small.bytes.length).toBeLessThan(8 * 1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.bytes.toString('utf8'))).toBeTypeOf('object');
  });
});
