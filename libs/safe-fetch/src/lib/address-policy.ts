import { BlockList, isIP } from 'node:net';

/**
 * Which IP addresses the link checker may never connect to. Links come from editors and imports, so
 * without this a link could make our server probe its own network (databases, admin ports, the cloud
 * metadata service at 169.254.169.254).
 */

const forbiddenIPv4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", incl. the unspecified 0.0.0.0
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['168.63.129.16', 32], // Azure's platform address (wire server: DHCP, DNS, VM agent)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast 255.255.255.255
] as const) {
  forbiddenIPv4.addSubnet(network, prefix, 'ipv4');
}

const forbiddenIPv6 = new BlockList();
for (const [network, prefix] of [
  ['::', 96], // unspecified ::, loopback ::1 and the deprecated IPv4-compatible form, which nothing routes
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215): translates into a network of its own
  ['2001::', 32], // Teredo: tunnels to an IPv4 host the address hides (obfuscated), so none is vetted
  ['2001:db8::', 32], // documentation
  ['3fff::', 20], // documentation (RFC 9637)
  ['fc00::', 7], // unique-local, incl. AWS fd00:ec2::254
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local, still private where it is used
  ['ff00::', 8], // multicast
] as const) {
  forbiddenIPv6.addSubnet(network, prefix, 'ipv6');
}

/**
 * Top-level domains that never exist on the internet (RFC 2606, RFC 6761): no DNS server is asked
 * about names under them, so a test or demo catalogue full of them never leaks a query.
 */
const RESERVED_TOP_LEVEL_DOMAINS = new Set(['example', 'test', 'invalid', 'localhost']);

/** The reserved top-level domain `hostname` is under (`localhost` itself included), or null. */
export function reservedTopLevelDomain(hostname: string): string | null {
  const topLevel = hostname.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  return RESERVED_TOP_LEVEL_DOMAINS.has(topLevel) ? topLevel : null;
}

/** True when `address` is not a public unicast IP address; an unparsable string counts as forbidden. */
export function isForbiddenAddress(address: string): boolean {
  const bare = withoutBracketsAndZone(address);
  switch (isIP(bare)) {
    case 4:
      return forbiddenIPv4.check(bare, 'ipv4');
    case 6: {
      // Mapped, NAT64 and 6to4 addresses reach the IPv4 address inside them, so that one decides.
      const embedded = embeddedIPv4(ipv6Groups(bare));
      return embedded ? forbiddenIPv4.check(embedded, 'ipv4') : forbiddenIPv6.check(bare, 'ipv6');
    }
    default:
      return true;
  }
}

/** `[::1]` as in a URL and `fe80::1%eth0` with a zone are still the addresses `::1` and `fe80::1`. */
function withoutBracketsAndZone(address: string): string {
  const unbracketed = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const zone = unbracketed.indexOf('%');
  return zone === -1 ? unbracketed : unbracketed.slice(0, zone);
}

/** The eight 16-bit groups of an IPv6 address that `isIP` has already accepted. */
function ipv6Groups(address: string): number[] {
  const lastColon = address.lastIndexOf(':');
  const tail = address.slice(lastColon + 1);
  // A dotted tail (::ffff:1.2.3.4) is the last two groups written as IPv4.
  const hexOnly = tail.includes('.')
    ? `${address.slice(0, lastColon + 1)}${dottedToGroups(tail)
        .map((group) => group.toString(16))
        .join(':')}`
    : address;
  const [head, rest] = hexOnly.split('::');
  const headGroups = head ? head.split(':') : [];
  if (rest === undefined) return headGroups.map((group) => parseInt(group, 16));
  const restGroups = rest ? rest.split(':') : [];
  const zeros = Array.from({ length: 8 - headGroups.length - restGroups.length }, () => '0');
  return [...headGroups, ...zeros, ...restGroups].map((group) => parseInt(group, 16));
}

function dottedToGroups(dotted: string): [number, number] {
  const [a, b, c, d] = dotted.split('.').map(Number);
  return [(a << 8) | b, (c << 8) | d];
}

function embeddedIPv4(groups: number[]): string | null {
  const zero = (from: number, to: number) => groups.slice(from, to).every((group) => group === 0);
  const ipv4Mapped = zero(0, 5) && groups[5] === 0xffff; // ::ffff:a.b.c.d
  const ipv4Translated = zero(0, 4) && groups[4] === 0xffff && groups[5] === 0; // ::ffff:0:a.b.c.d (SIIT)
  const nat64 = groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6); // 64:ff9b::a.b.c.d
  if (ipv4Mapped || ipv4Translated || nat64) return groupsToDotted(groups[6], groups[7]);
  if (groups[0] === 0x2002) return groupsToDotted(groups[1], groups[2]); // 6to4: 2002:AABB:CCDD::/48
  return null;
}

function groupsToDotted(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
}
