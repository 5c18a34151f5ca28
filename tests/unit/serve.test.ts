/** scripts/serve.ts: text files gzip-compressed for clients that accept it, identical once decompressed; others as they are. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PORT = 4587;
let dir: string;
let server: ChildProcess;

/** GET with the given Accept-Encoding; the raw body bytes and headers. */
function get(urlPath: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path: urlPath, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const html = `<!doctype html><html lang="vi"><title>Thử</title><p>${'Hơn 2,9 tỷ đồng cho 300 mắt camera. '.repeat(200)}</p></html>`;
const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'solieu-serve-'));
  await mkdir(path.join(dir, 'bai/x'), { recursive: true });
  await mkdir(path.join(dir, 'pagefind'), { recursive: true });
  await writeFile(path.join(dir, 'bai/x/index.html'), html);
  await writeFile(path.join(dir, 'pagefind/chunk.pf_index'), binary);
  server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(PORT), '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => server.stdout!.once('data', () => resolve()));
}, 30_000);
afterAll(async () => {
  server?.kill();
  await rm(dir, { recursive: true, force: true });
});

describe('serve', () => {
  it('compresses a page for a client that accepts gzip, and the page is unchanged once decompressed', async () => {
    const res = await get('/bai/x/', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['vary']).toBe('Accept-Encoding');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(html) / 5);
    expect(gunzipSync(res.body).toString('utf8')).toBe(html);
  });

  it('sends the page as it is to a client that does not accept gzip', async () => {
    const res = await get('/bai/x/');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toBe(html);
  });

  it('sends files that are not text as they are', async () => {
    const res = await get('/pagefind/chunk.pf_index', 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(binary)).toBe(true);
  });
});
