import { describe, expect, it } from 'vitest';
import { type Principal, rememberVerified } from '../../../functions/auth/verify';

const principal = (sub: string): Principal => ({ sub, groups: [], machine: false, scopes: [] });

/** A verifier that counts its calls and answers with the expiry it is told. */
function counting(expiresAtMs: number) {
  const calls: string[] = [];
  const verify = async (token: string) => {
    calls.push(token);
    if (token === 'bad') throw new Error('invalid');
    return { principal: principal(`sub-of-${token}`), expiresAtMs };
  };
  return { calls, verify };
}

describe('rememberVerified', () => {
  it('checks a token once until it expires, then again', async () => {
    let clock = 1_000;
    const { calls, verify } = counting(5_000);
    const remembered = rememberVerified(verify, () => clock);
    expect((await remembered('t1')).sub).toBe('sub-of-t1');
    expect((await remembered('t1')).sub).toBe('sub-of-t1');
    expect(calls).toEqual(['t1']);
    clock = 5_000; // expiry is exclusive: at exp the token is checked again (and jose refuses it)
    await remembered('t1');
    expect(calls).toEqual(['t1', 't1']);
  });

  it('never remembers a refusal', async () => {
    const { calls, verify } = counting(5_000);
    const remembered = rememberVerified(verify, () => 0);
    await expect(remembered('bad')).rejects.toThrow('invalid');
    await expect(remembered('bad')).rejects.toThrow('invalid');
    expect(calls).toEqual(['bad', 'bad']);
  });

  it('remembers nothing for a token without an expiry', async () => {
    const { calls, verify } = counting(0);
    const remembered = rememberVerified(verify, () => 1);
    await remembered('t');
    await remembered('t');
    expect(calls).toEqual(['t', 't']);
  });

  it('keeps at most a thousand tokens, dropping the oldest', async () => {
    const { calls, verify } = counting(10_000);
    const remembered = rememberVerified(verify, () => 0);
    for (let i = 0; i <= 1_000; i++) await remembered(`t${i}`);
    await remembered('t1000'); // newest: still kept
    await remembered('t0'); // oldest: dropped when t1000 came in
    expect(calls.slice(-1)).toEqual(['t0']);
    expect(calls.filter((t) => t === 't1000')).toHaveLength(1);
  });
});
