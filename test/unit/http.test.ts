import { describe, expect, it } from 'vitest';
import { MalformedBodyError, PayloadTooLargeError, UnsupportedMediaTypeError, DependencyUnavailableError } from '../../lambdas/domain/errors';
import { BODY_LIMIT_BYTES, errorResult, jsonDepthExceeds, readBody } from '../../lambdas/handlers/http';
import { apiEvent } from '../support/emulated-stack';

describe('reading the request body', () => {
  it('reads JSON objects', () => {
    expect(readBody(apiEvent('{"name":"A"}')).fields).toEqual({ name: 'A' });
  });

  it('reads urlencoded forms, first value wins', () => {
    const { kind, fields } = readBody(apiEvent('name=A&name=B&message=hi+there', { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }));
    expect(kind).toBe('form');
    expect(fields).toMatchObject({ name: 'A', message: 'hi there' });
  });

  it.each(['text/plain', 'multipart/form-data', ''])('refuses content type "%s" with 415', (type) => {
    expect(() => readBody(apiEvent('{}', { 'content-type': type }))).toThrow(UnsupportedMediaTypeError);
  });

  it('refuses a body over the limit with 413 before reading it', () => {
    expect(() => readBody(apiEvent(`{"m":"${'a'.repeat(BODY_LIMIT_BYTES)}"}`))).toThrow(PayloadTooLargeError);
  });

  it.each(['', '{', 'null', '[1]', '"text"', '42'])('refuses %j as malformed', (body) => {
    expect(() => readBody(apiEvent(body))).toThrow(MalformedBodyError);
  });

  it('refuses deeply nested JSON without parsing it', () => {
    expect(() => readBody(apiEvent(`${'['.repeat(5000)}${']'.repeat(5000)}`))).toThrow(MalformedBodyError);
  });

  it('counts depth outside strings only', () => {
    expect(jsonDepthExceeds(`{"a":"${'['.repeat(50)}"}`, 8)).toBe(false);
    expect(jsonDepthExceeds(`{"a":"\\"${'['.repeat(50)}"}`, 8)).toBe(false);
    expect(jsonDepthExceeds('[[[[[[[[[[]]]]]]]]]]', 8)).toBe(true);
  });
});

describe('mapping errors to answers', () => {
  it('answers 503 with Retry-After when the store is down, and reveals nothing', () => {
    const result = errorResult(new DependencyUnavailableError('store', { cause: new Error('connect ECONNREFUSED 10.0.0.1') }));
    expect(result.statusCode).toBe(503);
    expect(result.headers['retry-after']).toBe('30');
    expect(result.body).not.toContain('ECONNREFUSED');
  });

  it('answers a generic 500 for anything unknown', () => {
    const result = errorResult(new TypeError('Cannot read properties of undefined (reading secret)'));
    expect(result.statusCode).toBe(500);
    expect(result.body).not.toContain('secret');
  });
});
