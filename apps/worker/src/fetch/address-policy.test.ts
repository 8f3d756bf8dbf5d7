import { describe, expect, it } from "vitest"
import { blockedAddressReason } from "./address-policy.ts"

describe("blockedAddressReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["10.20.30.40", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["169.254.169.254", "link-local"],
    ["0.0.0.0", "unspecified / 'this network'"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "reserved / broadcast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fd12:3456::1", "unique-local"],
    ["fe80::1", "link-local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped IPv6"],
    ["::ffff:8.8.8.8", "IPv4-mapped IPv6"],
    ["64:ff9b::10.0.0.1", "NAT64 of private"],
    ["64:ff9b::7f00:1", "NAT64 of loopback"],
    ["2002:7f00:1::1", "6to4 of loopback"],
    ["2002:c0a8:101::", "6to4 of private"],
    ["2002:a9fe:a9fe:1::1", "6to4 of link-local"],
    ["64:ff9b:1::a00:1", "local-use NAT64"],
    ["::ffff:0:7f00:1", "IPv4-translated IPv6"],
    ["2001:0:c0a8:101::1", "Teredo via private"],
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo of loopback"]
  ])("refuses %s (%s)", (address, reason) => {
    expect(blockedAddressReason(address)).toBe(reason)
  })

  it.each([
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "151.101.1.69",
    "2a00:1450:4001:80b::200e",
    "64:ff9b::808:808",
    "2002:808:808::1",
    "2001:0:4136:e378:8000:63bf:f7f7:f7f7"
  ])("allows the public address %s", (address) => {
    expect(blockedAddressReason(address)).toBeUndefined()
  })

  it("refuses anything that is not an IP literal", () => {
    expect(blockedAddressReason("example.com")).toBe("not an IP address")
  })
})
