import { isIPv4, isIPv6 } from "node:net"

/**
 * Which resolved addresses a feed fetch may connect to. A feed URL is user input; without this a
 * feed pointing at 127.0.0.1, 169.254.169.254 (cloud metadata) or a LAN host would let anyone who
 * edits the feed list probe the inside of the network (SSRF).
 */

type Range4 = readonly [base: number, prefixLength: number, label: string]

const ipv4ToNumber = (address: string): number =>
  address.split(".").reduce((value, octet) => value * 256 + Number(octet), 0)

const range4 = (cidr: string, label: string): Range4 => {
  const [base = "", length = "32"] = cidr.split("/")
  return [ipv4ToNumber(base), Number(length), label]
}

const blockedIPv4: ReadonlyArray<Range4> = [
  range4("0.0.0.0/8", "unspecified / 'this network'"),
  range4("10.0.0.0/8", "private"),
  range4("100.64.0.0/10", "carrier-grade NAT"),
  range4("127.0.0.0/8", "loopback"),
  range4("169.254.0.0/16", "link-local"),
  range4("172.16.0.0/12", "private"),
  range4("192.0.0.0/24", "IETF protocol assignments"),
  range4("192.0.2.0/24", "documentation"),
  range4("192.168.0.0/16", "private"),
  range4("198.18.0.0/15", "benchmarking"),
  range4("198.51.100.0/24", "documentation"),
  range4("203.0.113.0/24", "documentation"),
  range4("224.0.0.0/4", "multicast"),
  range4("240.0.0.0/4", "reserved / broadcast")
]

const inRange4 = (value: number, [base, length]: Range4): boolean => {
  if (length === 0) return true
  const size = 2 ** (32 - length)
  return Math.floor(value / size) === Math.floor(base / size)
}

const classifyIPv4 = (address: string): string | undefined => {
  const value = ipv4ToNumber(address)
  return blockedIPv4.find((range) => inRange4(value, range))?.[2]
}

/** The eight 16-bit groups of an IPv6 address (handles '::' and a dotted IPv4 tail). */
const ipv6Groups = (address: string): Array<number> => {
  let text = address.split("%")[0] ?? address
  const lastColon = text.lastIndexOf(":")
  const tail = text.slice(lastColon + 1)
  if (tail.includes(".")) {
    const value = ipv4ToNumber(tail)
    text = text.slice(0, lastColon + 1) + ((value >>> 16) & 0xffff).toString(16) + ":" + (value & 0xffff).toString(16)
  }
  const [head = "", rest] = text.split("::")
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => parseInt(group, 16)))
  const headGroups = parse(head)
  if (rest === undefined) return headGroups
  const restGroups = parse(rest)
  return [...headGroups, ...Array<number>(8 - headGroups.length - restGroups.length).fill(0), ...restGroups]
}

const dotted = (high: number, low: number): string => `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`

/**
 * The IPv4 addresses an IPv6 address carries for a translation or tunnel mechanism, each with
 * the mechanism's name: a router on the way may deliver to the IPv4 address itself, so a private
 * IPv4 inside one of these is as much a way in as the IPv4 address written plainly.
 */
const embeddedIPv4 = (groups: ReadonlyArray<number>): ReadonlyArray<readonly [mechanism: string, address: string]> => {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups
  // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052).
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return [["NAT64", dotted(g6, g7)]]
  // 6to4 2002:AABB:CCDD::/48 (RFC 3056).
  if (g0 === 0x2002) return [["6to4", dotted(g1, g2)]]
  // Teredo 2001:0::/32 (RFC 4380): the server in bits 32–63, the client's address inverted in the last 32.
  if (g0 === 0x2001 && g1 === 0)
    return [
      ["Teredo via", dotted(g2, g3)],
      ["Teredo", dotted(~g6 & 0xffff, ~g7 & 0xffff)]
    ]
  return []
}

const classifyIPv6 = (address: string): string | undefined => {
  const groups = ipv6Groups(address)
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0] = groups
  const allZeroBefore = (count: number) => groups.slice(0, count).every((group) => group === 0)
  if (allZeroBefore(8)) return "unspecified"
  if (allZeroBefore(7) && groups[7] === 1) return "loopback"
  if (allZeroBefore(5) && g5 === 0xffff) return "IPv4-mapped IPv6"
  // IPv4-translated ::ffff:0:a.b.c.d (RFC 2765) and IPv4-compatible ::a.b.c.d (deprecated).
  if (allZeroBefore(4) && g4 === 0xffff && g5 === 0) return "IPv4-translated IPv6"
  if (allZeroBefore(6)) return "IPv4-compatible IPv6"
  for (const [mechanism, embedded] of embeddedIPv4(groups)) {
    const label = classifyIPv4(embedded)
    if (label !== undefined) return mechanism === "Teredo via" ? `Teredo via ${label}` : `${mechanism} of ${label}`
  }
  // Local-use NAT64 64:ff9b:1::/48 (RFC 8215) translates into the operator's own networks.
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return "local-use NAT64"
  if ((g0 & 0xfe00) === 0xfc00) return "unique-local"
  if ((g0 & 0xffc0) === 0xfe80) return "link-local"
  if ((g0 & 0xffc0) === 0xfec0) return "site-local"
  if ((g0 & 0xff00) === 0xff00) return "multicast"
  if (g0 === 0x2001 && g1 === 0x0db8) return "documentation"
  if (g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0) return "discard-only"
  return undefined
}

/**
 * Why an address may not be fetched ("loopback", "private", …), or undefined when it is a public
 * unicast address. Anything that is not a valid IP literal is refused as "not an IP address".
 */
export const blockedAddressReason = (address: string): string | undefined => {
  if (isIPv4(address)) return classifyIPv4(address)
  if (isIPv6(address)) return classifyIPv6(address)
  return "not an IP address"
}
