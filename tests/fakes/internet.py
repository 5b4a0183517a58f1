"""A stand-in for DNS and the public internet: made-up host names resolve to public addresses,
and connections to those addresses are routed to servers on 127.0.0.1. Nothing leaves loopback.

Plugged into `FeedFetcher(resolver=..., network=...)`, it lets a test fetch "public" feeds through
the real address guard, and give a name a different answer each time (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

import httpcore

#: Where the public (globally routable) addresses handed out to made-up hosts start; none is reached.
FIRST_PUBLIC_ADDRESS = ipaddress.IPv4Address("93.184.216.34")


class FakeInternet(httpcore.AsyncNetworkBackend):
    def __init__(self) -> None:
        self._answers: dict[str, list[list[str]]] = {}
        self._routes: dict[str, int] = {}
        self._loopback = httpcore.AnyIOBackend()
        #: Every lookup and connection attempt, in order: ("resolve", host) / ("connect", address).
        self.log: list[tuple[str, str]] = []

    def host(self, name: str, loopback_port: int) -> str:
        """Give `name` a public address of its own that leads to the loopback server on `loopback_port`."""
        address = str(FIRST_PUBLIC_ADDRESS + len(self._routes))
        self._routes[address] = loopback_port
        self._answers[name] = [[address]]
        return address

    def answers(self, name: str, answers: Iterable[list[str]]) -> None:
        """DNS answers for `name`, one per lookup; the last repeats."""
        self._answers[name] = [list(answer) for answer in answers]

    async def resolve(self, host: str, port: int) -> list[str]:
        self.log.append(("resolve", host))
        answers = self._answers.get(host)
        if not answers:
            raise OSError(f"cannot resolve {host}: unknown host (test internet)")
        return answers.pop(0) if len(answers) > 1 else answers[0]

    def lookups(self, host: str) -> int:
        return self.log.count(("resolve", host))

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.log.append(("connect", host))
        if host in self._routes:
            return await self._loopback.connect_tcp("127.0.0.1", self._routes[host], timeout)
        if ipaddress.ip_address(host).is_loopback:
            return await self._loopback.connect_tcp(host, port, timeout)
        raise httpcore.ConnectError(f"no route to {host} (test internet)")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("no unix sockets on the test internet")

    async def sleep(self, seconds: float) -> None:
        await self._loopback.sleep(seconds)
