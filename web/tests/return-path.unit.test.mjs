// The return path after logging in (src/pages/inloggen/return-path.js), without a browser: every way to name
// another site falls back, local paths stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeReturnPath } from '../src/pages/inloggen/return-path.js';

test('paths on this site are kept', () => {
  assert.equal(safeReturnPath('/gemeenten'), '/gemeenten');
  assert.equal(safeReturnPath('/gebied/buurt/BU01060001?jaar=2025#kaart'), '/gebied/buurt/BU01060001?jaar=2025#kaart');
  assert.equal(safeReturnPath('/wijkwerk/WK010601'), '/wijkwerk/WK010601');
});

test('another site, as the browser would read it, falls back', () => {
  for (const bad of [
    '//evil.example', '/\t/evil.example', '/\n/evil.example', '/\r/evil.example', '/\\evil.example',
    '\\\\evil.example', '/%09/evil.example', '/%0A/evil.example', '/%5Cevil.example', '/%2F/evil.example',
    ' //evil.example', '\t//evil.example', '/\t\\evil.example', '/.//evil.example', '/..//evil.example',
    'https://evil.example/', 'javascript:alert(1)', 'evil.example', '', '/%', null, undefined, 42,
  ]) {
    assert.equal(safeReturnPath(bad), '/kaart', JSON.stringify(bad));
    assert.equal(safeReturnPath(bad, '/'), '/', JSON.stringify(bad));
  }
});

test('the log-in page itself is not a place to return to', () => {
  assert.equal(safeReturnPath('/inloggen'), '/kaart');
  assert.equal(safeReturnPath('/inloggen?terug=%2Fkaart'), '/kaart');
});
