/**
 * npm run serve [-- --port 4321 --dir dist]
 *
 * Serves the built site on 127.0.0.1 only, with the site's security headers
 * (the Content-Security-Policy of src/lib/csp.ts plus what only a header can
 * carry). Dependency-free, so it runs wherever Node does.
 *
 * Text files (HTML, CSS, JavaScript, JSON, SVG) are sent gzip-compressed to
 * clients that accept it, as any static host does; Pagefind's index files are
 * compressed already and go as they are. Compressed bodies are kept in
 * memory, keyed by file, size and modification time.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { CSP_HEADER } from '../src/lib/csp';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Extensions worth compressing. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);
const gzipAsync = promisify(gzip);
const gzipped = new Map<string, Promise<Buffer>>();

/** The file's gzip body, compressed once per version of the file (a few hundred kept). */
function gzipOf(file: string, size: number, mtimeMs: number): Promise<Buffer> {
  const key = `${file}\0${size}\0${mtimeMs}`;
  let body = gzipped.get(key);
  if (!body) {
    if (gzipped.size >= 500) gzipped.delete(gzipped.keys().next().value!);
    body = readFile(file).then((bytes) => gzipAsync(bytes, { level: 6 }));
    gzipped.set(key, body);
  }
  return body;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});
const root = path.resolve(values.dir!);

async function resolveFile(urlPath: string): Promise<{ file: string; redirect?: string } | undefined> {
  const decoded = decodeURIComponent(urlPath);
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return { file };
  if (info?.isDirectory()) {
    if (!decoded.endsWith('/')) return { file: '', redirect: `${urlPath}/` };
    const index = path.join(file, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return { file: index };
  }
  return undefined;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers: Record<string, string> = {
    'Content-Security-Policy': CSP_HEADER,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  let found: Awaited<ReturnType<typeof resolveFile>>;
  try {
    found = await resolveFile(url.pathname);
  } catch {
    found = undefined; // malformed %-escapes
  }
  if (found?.redirect) {
    res.writeHead(301, { ...headers, Location: found.redirect + url.search }).end();
    return;
  }
  let status = 200;
  if (!found) {
    status = 404;
    const notFound = path.join(root, '404.html');
    found = (await stat(notFound).catch(() => undefined))?.isFile() ? { file: notFound } : undefined;
    if (!found) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Không tìm thấy trang.\n');
      return;
    }
  }
  const type = TYPES[path.extname(found.file)] ?? 'application/octet-stream';
  const cache = /\/(_astro|pagefind)\//.test(found.file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const base = { ...headers, 'Content-Type': type, 'Cache-Control': cache };
  const info = COMPRESSIBLE.has(path.extname(found.file)) ? await stat(found.file).catch(() => undefined) : undefined;
  if (info && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const body = await gzipOf(found.file, info.size, info.mtimeMs);
    res.writeHead(status, { ...base, 'Content-Encoding': 'gzip', 'Content-Length': body.length, Vary: 'Accept-Encoding' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  res.writeHead(status, { ...base, ...(info ? { Vary: 'Accept-Encoding' } : {}) });
  if (req.method === 'HEAD') res.end();
  else createReadStream(found.file).pipe(res);
});

server.listen(Number(values.port), values.host, () => {
  process.stdout.write(`solieu: serving ${path.relative(process.cwd(), root) || '.'} on http://${values.host}:${values.port}/\n`);
});
