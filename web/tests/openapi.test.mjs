// The API describes itself (issue 10 point 5): /api/v1/openapi.json is a valid OpenAPI 3.0
// document (checked by @apidevtools/swagger-parser), every operation declares its body and its
// answer, and the answers of every GET operation, called as each role that may call it on the demo
// work area, fit the schemas the document gives for their status (checked by Ajv).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { startServer } from './server.mjs';
import { PASSWORD, email } from './browser.mjs';

let server;
let documentText;

before(async () => {
  server = await startServer();
  const res = await fetch(`${server.url}/api/v1/openapi.json`);
  assert.equal(res.status, 200);
  documentText = await res.text();
});
after(async () => server && server.stop());

// OPENAPI_ONLY=regex: only the paths that match (while declaring a part of the API).
const only = process.env.OPENAPI_ONLY ? new RegExp(process.env.OPENAPI_ONLY) : null;
const operations = (doc) => Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })))
  .filter(({ path }) => !only || only.test(path));

test('the document is valid OpenAPI 3.0', async () => {
  const doc = JSON.parse(documentText);
  if (only) for (const path of Object.keys(doc.paths)) if (!only.test(path)) delete doc.paths[path];
  const api = await SwaggerParser.validate(doc);
  assert.equal(api.openapi, '3.0.3');
  if (!only) assert.ok(operations(api).length > 90);
});

test('every operation declares its request body and its answer', () => {
  const doc = JSON.parse(documentText);
  const missing = [];
  for (const { path, method, op } of operations(doc)) {
    const success = Object.entries(op.responses).filter(([status]) => /^2/.test(status));
    if (success.length !== 1) missing.push(`${method} ${path}: ${success.length} success answers`);
    for (const [status, answer] of success) {
      if (status === '204') continue;
      const content = Object.values(answer.content || {});
      if (content.length === 0 || !content[0].schema) missing.push(`${method} ${path}: no schema for ${status}`);
    }
    if (method === 'GET') {
      if (op.requestBody) missing.push(`${method} ${path}: a GET with a body`);
    } else if (!op.requestBody && op['x-body'] !== 'none') {
      missing.push(`${method} ${path}: no request body schema`);
    }
    for (const status of ['400', '422', '500']) {
      const schema = op.responses[status]?.content?.['application/problem+json']?.schema;
      if (!schema) missing.push(`${method} ${path}: no problem+json for ${status}`);
    }
  }
  assert.deepEqual(missing, []);
});

// The demo's areas and records that the path parameters name.
const examples = { level: 'buurt', code: 'BU01060001', id: '1' };
const fill = (path) => path.replace(/\{(\w+)\}/g, (_, name) => examples[name] ?? '1');

async function logIn(role) {
  const res = await fetch(`${server.url}/api/v1/sessie`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: email(role), password: PASSWORD }),
  });
  assert.equal(res.status, 200, `${role} logs in`);
  return res.headers.get('set-cookie').split(';')[0];
}

test('the answers of every GET fit the document', async () => {
  const doc = await SwaggerParser.dereference(JSON.parse(documentText));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const cookies = {};
  for (const role of ['beheerder', 'analist', 'wijkteam', 'lezer']) cookies[role] = await logIn(role);
  const wrong = [];
  const unreached = [];
  for (const { path, method, op } of operations(doc)) {
    if (method !== 'GET' || path === '/api/v1/openapi.json') continue;
    const roles = op.security ? op['x-roles'] : [null];
    let reached = false;
    for (const role of roles) {
      const res = await fetch(`${server.url}${fill(path)}`, {
        headers: role ? { Cookie: cookies[role] } : {},
      });
      const where = `GET ${fill(path)} as ${role ?? 'anyone'} answered ${res.status}`;
      const declared = op.responses[String(res.status)];
      if (!declared) {
        wrong.push(`${where}: a status the document does not give`);
        continue;
      }
      const [type, media] = Object.entries(declared.content || {})[0] || [];
      const body = Buffer.from(await res.arrayBuffer());
      if (!type) continue;
      const got = (res.headers.get('content-type') || '').split(';')[0];
      if (got !== type) {
        wrong.push(`${where}: content type ${got}, the document says ${type}`);
        continue;
      }
      if (/^2/.test(String(res.status))) reached = true;
      if (!/json$/.test(type)) continue;
      const validate = ajv.compile(media.schema);
      if (!validate(JSON.parse(body.toString('utf8')))) {
        wrong.push(`${where}: ${ajv.errorsText(validate.errors.slice(0, 5))}`);
      }
    }
    if (!reached) unreached.push(`GET ${path}`);
  }
  assert.deepEqual(wrong, []);
  // Only the operations that need a parameter the crawl does not give answer no success.
  assert.deepEqual(unreached.filter((p) => !/\{|vergelijking|zoeken/.test(p)), []);
});
