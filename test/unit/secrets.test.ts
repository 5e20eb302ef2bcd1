import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config';
import { readFromExtension, readOnce, shopifySecretOf } from '../../functions/secrets';

describe('Function: shopifySecretOf', () => {
  it('should take SHOPIFY_WEBHOOK_SECRET as it is where set (locally), reading nothing', async () => {
    // Prepare
    const config = loadConfig({ SHOPIFY_WEBHOOK_SECRET: 'demo-shopify-secret', SHOPIFY_WEBHOOK_SECRET_ID: 'arn:x' });

    // Act
    const secret = await shopifySecretOf(config, async () => {
      throw new Error('must not read');
    })();

    // Assess
    expect(secret).toBe('demo-shopify-secret');
  });

  it('should read the secret a SHOPIFY_WEBHOOK_SECRET_ID names once per instance', async () => {
    // Prepare
    const reads: string[] = [];
    const secret = shopifySecretOf(
      loadConfig({ SHOPIFY_WEBHOOK_SECRET_ID: 'arn:aws:secretsmanager:s' }),
      async (id) => {
        reads.push(id);
        return ' a-real-shopify-secret-value \n';
      },
    );

    // Act
    const values = await Promise.all([secret(), secret(), secret()]);

    // Assess
    expect(values).toEqual(Array(3).fill('a-real-shopify-secret-value'));
    expect(reads).toEqual(['arn:aws:secretsmanager:s']);
  });

  it('should refuse every webhook with no secret, or with a placeholder too short to be one', async () => {
    // Act
    const none = await shopifySecretOf(loadConfig({}))();
    const short = await shopifySecretOf(loadConfig({ SHOPIFY_WEBHOOK_SECRET_ID: 'id' }), async () => 'change-me')();

    // Assess
    expect(none).toBeUndefined();
    expect(short).toBeUndefined();
  });
});

describe('Function: readOnce', () => {
  it('should try again after a failed read, then keep the value', async () => {
    // Prepare
    const answers = [new Error('cold'), 'value'];
    let reads = 0;
    const read = readOnce(async () => {
      reads++;
      const next = answers.shift();
      if (next instanceof Error) throw next;
      return next;
    });

    // Act
    const first = await read().catch((e: Error) => e.message);
    const second = await read();
    const third = await read();

    // Assess
    expect([first, second, third, reads]).toEqual(['cold', 'value', 'value', 2]);
  });
});

describe('Function: readFromExtension', () => {
  it("should ask the extension's local endpoint with the session token and return SecretString", async () => {
    // Prepare
    let asked: { url: string; token: string | null } | undefined;
    const fake = (async (url: string, init: RequestInit) => {
      asked = { url, token: new Headers(init.headers).get('x-aws-parameters-secrets-token') };
      return Response.json({ SecretString: 'shh' });
    }) as typeof fetch;

    // Act
    const value = await readFromExtension(
      'arn:aws:secretsmanager:eu:1:secret:shop',
      { AWS_SESSION_TOKEN: 'tok' },
      fake,
    );

    // Assess
    expect(value).toBe('shh');
    expect(asked).toEqual({
      url: 'http://localhost:2773/secretsmanager/get?secretId=arn%3Aaws%3Asecretsmanager%3Aeu%3A1%3Asecret%3Ashop',
      token: 'tok',
    });
  });

  it('should throw when the extension refuses or the secret is empty', async () => {
    const refused = (async () => new Response('', { status: 400 })) as typeof fetch;
    const empty = (async () => Response.json({ SecretString: '' })) as typeof fetch;
    await expect(readFromExtension('s', {}, refused)).rejects.toThrow('400');
    await expect(readFromExtension('s', {}, empty)).rejects.toThrow('no value');
  });
});
