"""The address guard: feed fetching never reaches loopback, private, link-local or metadata
addresses unless the operator allows it (SITREP_ALLOW_PRIVATE_FEEDS=1)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket


class BlockedAddress(Exception):
    """The host resolves to an address sitrep refuses to fetch from."""


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # is_global is False for loopback, RFC 1918, link-local (incl. 169.254.169.254 metadata),
    # CGNAT, unique-local IPv6, documentation and reserved ranges.
    return ip.is_global and not ip.is_multicast


async def check_host(host: str, port: int) -> None:
    """Resolve `host` and raise BlockedAddress if any address it resolves to is not public."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise OSError(f"cannot resolve {host}: {exc.strerror}") from None
    for *_, sockaddr in infos:
        address = str(sockaddr[0])
        if not is_public_address(address):
            raise BlockedAddress(f"{host} resolves to a non-public address ({address}); refused")
