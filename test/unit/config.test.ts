import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config';

describe('Function: loadConfig', () => {
  it("should check tokens against the local identity provider's client by default", () => {
    // Act
    const config = loadConfig({});

    // Assess
    expect(config.JWT_AUDIENCE).toEqual(['local-site']);
  });

  it('should read JWT_AUDIENCE as a comma-separated list of app client ids', () => {
    // Act
    const config = loadConfig({ JWT_AUDIENCE: 'site-client, integration-client' });

    // Assess
    expect(config.JWT_AUDIENCE).toEqual(['site-client', 'integration-client']);
  });

  it.each(['', ' ', 'a,,b'])('should refuse JWT_AUDIENCE %j rather than check no client', (value) => {
    // Act
    const act = () => loadConfig({ JWT_AUDIENCE: value });

    // Assess
    expect(act).toThrow();
  });
});
