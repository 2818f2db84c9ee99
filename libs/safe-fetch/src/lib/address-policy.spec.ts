import { isForbiddenAddress } from './address-policy';

describe('isForbiddenAddress', () => {
  it.each([
    // IPv4 that must never be contacted
    ['127.0.0.1', true, 'loopback'],
    ['127.255.255.254', true, 'loopback, whole /8'],
    ['0.0.0.0', true, 'unspecified'],
    ['10.1.2.3', true, 'private'],
    ['172.16.0.1', true, 'private'],
    ['172.31.255.255', true, 'private, end of /12'],
    ['192.168.1.1', true, 'private'],
    ['169.254.169.254', true, 'cloud metadata'],
    ['100.64.0.1', true, 'carrier-grade NAT'],
    ['224.0.0.1', true, 'multicast'],
    ['240.0.0.1', true, 'reserved'],
    ['255.255.255.255', true, 'broadcast'],
    ['198.18.0.1', true, 'benchmarking'],
    ['192.0.0.8', true, 'IETF assignments'],
    // IPv4 that is public
    ['93.184.216.34', false, 'public'],
    ['8.8.8.8', false, 'public'],
    ['172.32.0.1', false, 'just past 172.16/12'],
    ['100.128.0.1', false, 'just past CGNAT'],
    // IPv6
    ['::1', true, 'loopback'],
    ['::', true, 'unspecified'],
    ['fe80::1', true, 'link-local'],
    ['fe80::1%eth0', true, 'link-local with zone'],
    ['fd00::1', true, 'unique-local'],
    ['fd00:ec2::254', true, 'AWS metadata'],
    ['fc00::1', true, 'unique-local, fc half'],
    ['ff02::1', true, 'multicast'],
    ['[::1]', true, 'bracketed as in a URL'],
    ['2606:2800:220:1::1', false, 'public'],
    ['2a00:1450:4001:80b::200e', false, 'public'],
    // IPv6 that carries an IPv4 address: the IPv4 address decides
    ['::ffff:127.0.0.1', true, 'mapped loopback'],
    ['::ffff:7f00:1', true, 'mapped loopback in hex, as URLs write it'],
    ['::ffff:10.0.0.1', true, 'mapped private'],
    ['::ffff:169.254.169.254', true, 'mapped metadata'],
    ['::ffff:93.184.216.34', false, 'mapped public'],
    ['64:ff9b::10.0.0.1', true, 'NAT64 of private'],
    ['64:ff9b::7f00:1', true, 'NAT64 of loopback in hex'],
    ['64:ff9b::93.184.216.34', false, 'NAT64 of public'],
    ['2002:7f00:1::', true, '6to4 of loopback'],
    ['2002:a9fe:a9fe::1', true, '6to4 of metadata'],
    ['2002:5db8:d822::1', false, '6to4 of public'],
    // not an address at all
    ['', true, 'empty'],
    ['localhost', true, 'a name'],
    ['127.1', true, 'shorthand that is not a plain address'],
    ['999.1.1.1', true, 'out of range'],
    ['1.2.3.4.5', true, 'too many parts'],
  ])('%s → %s (%s)', (address, forbidden) => {
    expect(isForbiddenAddress(address)).toBe(forbidden);
  });
});
