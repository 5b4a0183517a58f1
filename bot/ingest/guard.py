"""The address guard: feed fetching never reaches loopback, private, link-local or metadata
addresses, unless the operator exempts one of their own configured feeds
(SITREP_ALLOW_PRIVATE_FEEDS=1, or SITREP_PRIVATE_FEED_HOSTS=host or host:port).

The guard sits in the connection itself (`GuardedNetwork`, an httpcore network backend): the
host is resolved once, every address is checked, and the socket is opened to a checked address.
A name that answers a public address to the check and a loopback one to the connect (DNS
rebinding) therefore never reaches loopback. TLS still verifies and sends SNI for the host name,
and the Host header is untouched, because only the socket's address changes.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import httpcore

#: Resolves (host, port) to IP address strings. Tests pass their own to stand in for DNS.
Resolver = Callable[[str, int], Awaitable[list[str]]]

#: IPv6 prefixes that carry an IPv4 address in their last 32 bits (RFC 6052 NAT64, both the
#: well-known and the local-use prefix) or are the deprecated IPv4-compatible form (::a.b.c.d).
_EMBEDDING_LAST_32_BITS = (
    ipaddress.ip_network("64:ff9b::/96"),
    ipaddress.ip_network("64:ff9b:1::/48"),
    ipaddress.ip_network("::/96"),
)


class BlockedAddress(Exception):
    """The host resolves to an address sitrep refuses to fetch from."""


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    found: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if any(ip in network for network in _EMBEDDING_LAST_32_BITS):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def is_public_address(address: str) -> bool:
    """True when the address, and any IPv4 address embedded in an IPv6 one, is globally routable.

    is_global is False for loopback, RFC 1918, link-local (incl. 169.254.169.254 metadata),
    CGNAT, unique-local IPv6, documentation and reserved ranges; the embedded check catches
    loopback spelt as ::127.0.0.1, 64:ff9b::7f00:1 (NAT64) or 2002:7f00:1::1 (6to4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    candidates: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if ip.ipv4_mapped is not None:
            candidates = embedded  # ::ffff:a.b.c.d is a.b.c.d, whatever the v6 tables say
        else:
            candidates += embedded
    return all(candidate.is_global and not candidate.is_multicast for candidate in candidates)


def is_private_literal(host: str) -> bool:
    """A host that is written as a non-public address, or is a localhost name (no lookup)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return not is_public_address(host)
    except ValueError:
        return False


async def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve {host}: {exc.strerror}") from None
    return list(dict.fromkeys(str(sockaddr[0]) for *_, sockaddr in infos))


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Which hosts may be on non-public addresses: none, unless the operator exempts them."""

    allow_private: bool = False
    #: "host" (any port) or "host:port" entries, lower-case.
    private_hosts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, allow_private: bool, private_hosts: Iterable[str]) -> AddressPolicy:
        return cls(allow_private, frozenset(entry.strip().lower() for entry in private_hosts if entry.strip()))

    def exempt(self, host: str, port: int) -> bool:
        host = host.lower()
        return self.allow_private or host in self.private_hosts or f"{host}:{port}" in self.private_hosts


async def checked_addresses(host: str, port: int, policy: AddressPolicy, resolver: Resolver) -> list[str]:
    """Resolve `host` once and return its addresses; BlockedAddress if any is not public."""
    bare = host.strip("[]")
    try:
        addresses = [str(ipaddress.ip_address(bare))]
        named = "is"
    except ValueError:
        addresses = await resolver(bare, port)
        named = "resolves to"
    if not addresses:
        raise OSError(f"cannot resolve {bare}: no address")
    if not policy.exempt(bare, port):
        for address in addresses:
            if not is_public_address(address):
                raise BlockedAddress(
                    f"{bare} {named} a non-public address ({address}); refused "
                    "(an operator can allow their own configured feeds with SITREP_ALLOW_PRIVATE_FEEDS=1 "
                    "or SITREP_PRIVATE_FEED_HOSTS)"
                )
    return addresses


class GuardedNetwork(httpcore.AsyncNetworkBackend):
    """Opens TCP connections only to addresses the guard has just checked."""

    def __init__(
        self,
        policy: AddressPolicy,
        resolver: Resolver = system_resolver,
        network: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        self.policy = policy
        self.resolver = resolver
        self._network = network or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await checked_addresses(host, port, self.policy, self.resolver)
        failure: Exception | None = None
        for address in addresses:
            try:
                return await self._network.connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        assert failure is not None
        raise failure

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("feeds are fetched over TCP only")

    async def sleep(self, seconds: float) -> None:
        await self._network.sleep(seconds)
