import { closeLocalServers, startLocalServer } from '../testing/local-server';
import { NetworkBudget } from './network-budget';
import { PinnedResolver, ResolvedAddress } from './pinned-resolver';
import { safeRequest } from './safe-request';

afterEach(closeLocalServers);

/** A resolver that answers every name with `addresses`, and counts how often it was asked. */
function resolverAnswering(addresses: ResolvedAddress[]) {
  const asked: string[] = [];
  const resolve = async (hostname: string) => {
    asked.push(hostname);
    return addresses;
  };
  return { resolve, asked };
}

const LOOPBACK: ResolvedAddress[] = [{ address: '127.0.0.1', family: 4 }];
const PUBLIC_THEN_PRIVATE: ResolvedAddress[] = [
  { address: '93.184.216.34', family: 4 },
  { address: '10.0.0.7', family: 4 },
];

describe('PinnedResolver', () => {
  it.each([
    [
      'a name that resolves to 127.0.0.1 when the test allow-list is not given',
      'http://intranet.kommune.dk/',
      LOOPBACK,
      'resolves to 127.0.0.1 (loopback/private)',
    ],
    [
      'a name when any one of its addresses is private, though the first is public',
      'https://blandet.dk/',
      PUBLIC_THEN_PRIVATE,
      'resolves to 10.0.0.7 (loopback/private)',
    ],
  ])('refuses %s', async (_case, link, addresses, reason) => {
    const { resolve, asked } = resolverAnswering(addresses);
    const pinning = new PinnedResolver({ resolve }).pin(new URL(link), new NetworkBudget(1_000));
    await expect(pinning).rejects.toMatchObject({ kind: 'blocked', reason });
    expect(asked).toEqual([new URL(link).hostname]);
  });

  it('pins the connection to the checked address: a name no DNS knows reaches the server it resolved to', async () => {
    const server = await startLocalServer((_request, response) => response.end('hej'));
    const { resolve, asked } = resolverAnswering(LOOPBACK);
    const resolver = new PinnedResolver({ resolve, allowAddresses: ['127.0.0.1'] });
    const budget = new NetworkBudget(5_000);
    const target = await resolver.pin(new URL(`http://klubben.dk:${server.port}/side?a=1`), budget);
    expect(target.addresses).toEqual(LOOPBACK);
    expect(target.hostname).toBe('klubben.dk');
    const response = await safeRequest(target, {
      method: 'GET',
      headers: {},
      connectTimeoutMs: 1_000,
      budget,
      wantBody: () => true,
      maxBodyBytes: 100,
    });
    expect(response.body?.toString()).toBe('hej');
    expect(server.heard).toEqual([`GET /side?a=1 klubben.dk:${server.port}`]);
    expect(asked).toEqual(['klubben.dk']); // the connection did not look the name up again
  });

  it('remembers a failed look-up, so the next pin does not ask the resolver again', async () => {
    let lookups = 0;
    const resolver = new PinnedResolver({
      resolve: () => {
        lookups += 1;
        return Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }));
      },
    });
    for (const path of ['/en', '/to']) {
      await expect(
        resolver.pin(new URL(`https://findes-ikke.dk${path}`), new NetworkBudget(1_000)),
      ).rejects.toMatchObject({ kind: 'broken', reason: 'DNS: ENOTFOUND' });
    }
    expect(lookups).toBe(1);
  });

  it.each([
    ['https://www.sind.dk.example/silkeborg', 'example'],
    ['http://klubben.test/', 'test'],
    ['https://findes.invalid./side', 'invalid'],
  ])('never asks DNS about %s, under a reserved top-level domain', async (link, reserved) => {
    const { resolve, asked } = resolverAnswering(LOOPBACK);
    const resolver = new PinnedResolver({ resolve, allowAddresses: ['127.0.0.1'] });
    const pinning = resolver.pin(new URL(link), new NetworkBudget(1_000));
    await expect(pinning).rejects.toMatchObject({
      kind: 'broken',
      reason: `reserveret domæne (.${reserved}), findes ikke på nettet`,
      lasting: true,
    });
    expect(asked).toEqual([]);
  });

  it('answers a localhost name with loopback itself, which the policy then refuses', async () => {
    const { resolve, asked } = resolverAnswering([{ address: '93.184.216.34', family: 4 }]);
    const pinning = new PinnedResolver({ resolve }).pin(
      new URL('http://aarhus.localhost/'),
      new NetworkBudget(1_000),
    );
    await expect(pinning).rejects.toMatchObject({
      kind: 'blocked',
      reason: 'resolves to 127.0.0.1 (loopback/private)',
    });
    expect(asked).toEqual([]);
  });

  it('reaches a localhost name on loopback where loopback is allowed, still without DNS', async () => {
    const server = await startLocalServer((_request, response) => response.end('hej'));
    const { resolve, asked } = resolverAnswering([{ address: '93.184.216.34', family: 4 }]);
    const resolver = new PinnedResolver({ resolve, allowAddresses: ['127.0.0.1'] });
    const target = await resolver.pin(new URL(`http://localhost:${server.port}/`), new NetworkBudget(1_000));
    expect(target.addresses).toEqual(LOOPBACK);
    expect(asked).toEqual([]);
  });

  it('gives up on a resolver that never answers when the budget runs out', async () => {
    const resolver = new PinnedResolver({ resolve: () => new Promise(() => undefined) });
    await expect(resolver.pin(new URL('https://stille.dk/'), new NetworkBudget(100))).rejects.toMatchObject({
      kind: 'broken',
      reason: 'timeout after 0.1 s',
    });
  });
});
