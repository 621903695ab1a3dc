import { describe, expect, it } from 'vitest';
import { startMockSite } from '../../mock-site/server';

describe('starting the mock site on a taken port', () => {
  it('says the port is taken and how to pick another, instead of a raw EADDRINUSE', async () => {
    const first = await startMockSite({ port: 0 });
    try {
      await expect(startMockSite({ port: first.port })).rejects.toThrow(
        new RegExp(`Port ${first.port} is already in use.*PORT=${first.port + 1} npm start`),
      );
    } finally {
      await first.close();
    }
  });
});
