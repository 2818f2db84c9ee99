import { isForbiddenAddress, reservedTopLevelDomain } from './address-policy';

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
    ['168.63.129.16', true, 'Azure platform address'],
    ['192.0.2.1', true, 'documentation TEST-NET-1'],
    ['198.51.100.7', true, 'documentation TEST-NET-2'],
    ['203.0.113.255', true, 'documentation TEST-NET-3'],
    // IPv4 that is public
    ['93.184.216.34', false, 'public'],
    ['8.8.8.8', false, 'public'],
    ['172.32.0.1', false, 'just past 172.16/12'],
    ['100.128.0.1', false, 'just past CGNAT'],
    ['168.63.129.17', false, 'beside the Azure platform address'],
    ['203.0.114.1', false, 'just past TEST-NET-3'],
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
    ['2001::1', true, 'Teredo'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', true, 'Teredo, with its server and hidden client'],
    ['2001:0:ffff:ffff:ffff:ffff:ffff:ffff', true, 'Teredo, end of /32'],
    ['2001:db8::1', true, 'documentation'],
    ['2001:db8:ffff::1', true, 'documentation, end of /32'],
    ['3fff::1', true, 'documentation (RFC 9637)'],
    ['3fff:fff:ffff::1', true, 'documentation, end of /20'],
    ['2001:1:0:1::1', false, 'just past Teredo'],
    ['2001:4860:4860::8888', false, 'public in 2001::/16 (Google DNS)'],
    ['2001:67c:2e8:22::c100:68b', false, 'public in 2001::/16 (RIPE)'],
    ['2001:db9::1', false, 'just past documentation'],
    ['3fff:1000::1', false, 'just past documentation /20'],
    // IPv6 that carries an IPv4 address: the IPv4 address decides
    ['::ffff:127.0.0.1', true, 'mapped loopback'],
    ['::ffff:7f00:1', true, 'mapped loopback in hex, as URLs write it'],
    ['::ffff:10.0.0.1', true, 'mapped private'],
    ['::ffff:169.254.169.254', true, 'mapped metadata'],
    ['::ffff:93.184.216.34', false, 'mapped public'],
    ['::ffff:168.63.129.16', true, 'mapped Azure platform address'],
    ['::ffff:192.0.2.1', true, 'mapped documentation'],
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

describe('reservedTopLevelDomain', () => {
  it.each<[string, string | null, string]>([
    ['www.sind.dk.example', 'example', 'the demo catalogue’s form'],
    ['EXAMPLE', 'example', 'the domain itself, in capitals'],
    ['klubben.test', 'test', 'testing'],
    ['findes.ikke.invalid', 'invalid', 'invalid'],
    ['aarhus.localhost', 'localhost', 'a name under localhost'],
    ['localhost', 'localhost', 'localhost itself'],
    ['www.sind.dk.example.', 'example', 'a fully qualified name with its dot'],
    ['example.com', null, 'RFC 2606’s second-level names are real, served by IANA'],
    ['test.dk', null, 'a real domain named test'],
    ['minexample', null, 'a top-level domain that only ends like one'],
    ['sind.dk', null, 'real'],
  ])('%s → %s (%s)', (hostname, reserved) => {
    expect(reservedTopLevelDomain(hostname)).toBe(reserved);
  });
});
