// scripts/serve.mjs: MIME types, index, 404, no way out of www/.

import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { pageCsp, resolveFile, startServer, wwwRoot } from '../../scripts/serve.mjs';

let server;
let base;
before(async () => {
  ({ server, url: base } = await startServer({ port: 0 }));
});
after(() => server.close());

/** A raw request (fetch would normalise `..` away before sending). */
function get(path, method = 'GET') {
  const url = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, type: res.headers['content-type'], csp: res.headers['content-security-policy'], body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static server', () => {
  test('serves the page with the right MIME types', async () => {
    for (const [path, type] of [
      ['/', 'text/html; charset=utf-8'],
      ['/index.html', 'text/html; charset=utf-8'],
      ['/app.js', 'text/javascript; charset=utf-8'],
      ['/style.css', 'text/css; charset=utf-8'],
      ['/pkg/aitty.js', 'text/javascript; charset=utf-8'],
      ['/pkg/aitty_bg.wasm', 'application/wasm'],
      ['/examples/seed_kk.txt', 'text/plain; charset=utf-8'],
    ]) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.equal(res.type, type, path);
      assert.ok(res.body.length > 0, path);
    }
  });

  test('every file comes with the Content-Security-Policy (the worker gets it too)', async () => {
    for (const path of ['/', '/worker.js', '/sw.js']) {
      const res = await get(path);
      assert.equal(res.csp, `${pageCsp}; frame-ancestors 'none'`, path);
    }
  });

  test('the wasm bytes are a WebAssembly module', async () => {
    const res = await get('/pkg/aitty_bg.wasm');
    assert.deepEqual([...res.body.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
  });

  test('missing files are 404, other methods 405, HEAD has no body', async () => {
    assert.equal((await get('/nope.js')).status, 404);
    assert.equal((await get('/', 'POST')).status, 405);
    const head = await get('/index.html', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
  });

  test('no directory traversal, however encoded', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/pkg/..%2f..%2fpackage.json', '/..\\package.json', '/%2e%2e%5cpackage.json', '/%00', '/%E0%A4%A']) {
      const res = await get(path);
      assert.ok(res.status === 400 || res.status === 404, `${path}: ${res.status}`);
      assert.ok(!res.body.toString().includes('"devDependencies"'), path);
    }
  });

  test('resolveFile keeps every path inside the root', () => {
    assert.equal(resolveFile(wwwRoot, '/app.js?x=1#y'), `${wwwRoot}/app.js`);
    assert.equal(resolveFile(wwwRoot, '/'), wwwRoot);
    assert.equal(resolveFile(wwwRoot, '/a/../../etc/passwd'), null);
    assert.equal(resolveFile(wwwRoot, '//etc/passwd'), `${wwwRoot}/etc/passwd`);
  });
});
