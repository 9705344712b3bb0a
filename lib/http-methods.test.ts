import { describe, expect, it } from 'vitest';
import { ALLOW, methodDecision } from './http-methods';

describe('methodDecision', () => {
  it.each([
    ['GET', 'pass'],
    ['HEAD', 'pass'],
    ['OPTIONS', 'options'],
    ['POST', 'refuse'],
    ['PUT', 'refuse'],
    ['PATCH', 'refuse'],
    ['DELETE', 'refuse'],
    ['TRACE', 'refuse'],
    ['CONNECT', 'refuse'],
    ['PROPFIND', 'refuse'],
    ['M-SEARCH', 'refuse'],
    ['get', 'refuse'],
    ['', 'refuse'],
  ])('%s → %s', (method, action) => {
    expect(methodDecision(method).action).toBe(action);
  });

  it('allows exactly GET, HEAD and OPTIONS', () => {
    expect(ALLOW).toBe('GET, HEAD, OPTIONS');
  });
});
