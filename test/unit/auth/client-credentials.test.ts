import { createLocalJWKSet } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLocalIdp, newKeyMaterial, type LocalIdp } from '../../../functions/auth/local-idp';
import type { UsersStore } from '../../../functions/auth/store';
import { createTokenVerifier, type TokenVerifier } from '../../../functions/auth/verify';

const ISSUER = 'http://127.0.0.1:3999/api/auth';
const CLIENT = { id: 'shop-client', secret: 'shop-secret' };
/** Client credentials never read a user. */
const noUsers = {} as UsersStore;

describe('Function: createLocalIdp().clientCredentials', () => {
  let idp: LocalIdp;
  let verify: TokenVerifier;
  let verifyWithoutMachines: TokenVerifier;

  beforeAll(async () => {
    idp = createLocalIdp({ issuer: ISSUER, keys: await newKeyMaterial(), users: noUsers, machineClient: CLIENT });
    const jwks = createLocalJWKSet(idp.jwks());
    const options = { issuer: ISSUER, jwksUrl: 'http://127.0.0.1:9/unused', clientIds: ['local-site'] };
    verify = createTokenVerifier({ ...options, machineClientIds: [CLIENT.id] }, jwks);
    verifyWithoutMachines = createTokenVerifier(options, jwks);
  });

  it('should issue a token the verifier takes as a machine principal with scope orders/write', async () => {
    // Act
    const out = await idp.clientCredentials(CLIENT.id, CLIENT.secret);

    // Assess
    if ('error' in out) throw new Error(out.error);
    expect(out.scope).toBe('orders/write');
    expect(await verify(out.accessToken)).toEqual({
      sub: CLIENT.id,
      email: undefined,
      groups: [],
      machine: true,
      scopes: ['orders/write'],
    });
  });

  it('should be refused by a verifier that does not list the machine client', async () => {
    // Prepare
    const out = await idp.clientCredentials(CLIENT.id, CLIENT.secret, 'orders/write');
    if ('error' in out) throw new Error(out.error);

    // Act
    const act = verifyWithoutMachines(out.accessToken);

    // Assess
    await expect(act).rejects.toMatchObject({ kind: 'unauthorized' });
  });

  it.each([
    ['a wrong secret', CLIENT.id, 'nope', undefined, 'bad-client'],
    ['an unknown client', 'other', CLIENT.secret, undefined, 'bad-client'],
    ['an empty secret', CLIENT.id, '', undefined, 'bad-client'],
    ['a scope not granted', CLIENT.id, CLIENT.secret, 'orders/write orders/delete', 'bad-scope'],
    ['an empty scope', CLIENT.id, CLIENT.secret, ' ', 'bad-scope'],
  ])('should issue nothing for %s', async (_what, id, secret, scope, error) => {
    // Act
    const out = await idp.clientCredentials(id, secret, scope);

    // Assess
    expect(out).toEqual({ error });
  });

  it('should issue nothing when no machine client is configured', async () => {
    // Prepare
    const bare = createLocalIdp({ issuer: ISSUER, keys: await newKeyMaterial(), users: noUsers });

    // Act
    const out = await bare.clientCredentials(CLIENT.id, CLIENT.secret);

    // Assess
    expect(out).toEqual({ error: 'bad-client' });
  });
});
