import { describe, expect, test } from 'vitest';
import { myEsimFrom, parseMyEsim, type MyEsim } from '../../../src/lib/my-esim/my-esim.ts';

const airalo: MyEsim = {
  id: 'airalo',
  name: 'Airalo',
  path: '/providers/airalo/#续费步骤',
  renewUrl: 'https://www.airalo.com/my-esims',
  renewLabel: '去 Airalo 续费',
};

describe('myEsimFrom: the snapshot a seller page takes of itself', () => {
  test('keeps the id, name, steps path and renewal button', () => {
    expect(myEsimFrom({ ...airalo })).toEqual(airalo);
  });

  test('reads the label as one line, the way textContent gives it', () => {
    expect(myEsimFrom({ ...airalo, renewLabel: '\n    去 Airalo\n   续费\n  ' })?.renewLabel).toBe('去 Airalo 续费');
  });

  test('a Traditional page, and a phone code as the button', () => {
    const nar = { id: 'nar', name: 'Nar', path: '/zh-hant/providers/nar/#續費步驟', renewUrl: 'tel:*100%23' };
    expect(myEsimFrom({ ...nar, renewLabel: '撥 *100#' })).toEqual({ ...nar, renewLabel: '撥 *100#' });
  });

  test.each([
    ['no button on the page', { renewUrl: undefined, renewLabel: undefined }],
    ['a button without a label', { renewLabel: '  ' }],
    ['a javascript: address', { renewUrl: 'javascript:alert(1)' }],
    ['a data: address', { renewUrl: 'data:text/html,<p>x' }],
    ['an address that is not a URL', { renewUrl: '/providers/airalo/' }],
  ])('%s: the steps alone', (_, parts) => {
    expect(myEsimFrom({ ...airalo, ...parts })).toEqual({ id: 'airalo', name: 'Airalo', path: airalo.path });
  });

  test.each([
    ['no id', { id: undefined }],
    ['an id that is not a file name', { id: 'Air alo' }],
    ['an empty name', { name: ' ' }],
    ['a name too long to be one', { name: 'A'.repeat(81) }],
    ['a name that is not text', { name: 42 }],
    ['a path on another site', { path: '//evil.example/providers/airalo/' }],
    ['a full URL as the path', { path: 'https://evil.example/providers/airalo/' }],
    ['a javascript: path', { path: 'javascript:alert(1)//providers/airalo/' }],
    ['a path to another seller', { path: '/providers/holafly/#续费步骤' }],
  ])('%s: no snapshot', (_, parts) => {
    expect(myEsimFrom({ ...airalo, ...parts })).toBeNull();
  });
});

describe('parseMyEsim: the snapshot read back from storage', () => {
  test('what was stored comes back', () => {
    expect(parseMyEsim(JSON.stringify(airalo))).toEqual(airalo);
  });

  test.each([
    ['nothing stored', null],
    ['an empty value', ''],
    ['not JSON', '{id: airalo'],
    ['JSON that is not an object', '"airalo"'],
    ['null', 'null'],
    ['an object missing its path', JSON.stringify({ id: 'airalo', name: 'Airalo' })],
    ['a stored address rewritten to javascript:', JSON.stringify({ ...airalo, path: 'javascript:alert(1)' })],
  ])('%s: null, never an exception', (_, text) => {
    expect(parseMyEsim(text)).toBeNull();
  });
});
