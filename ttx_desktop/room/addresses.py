"""The laptop's own IPv4 addresses the room may listen on, and which one to offer first."""

from __future__ import annotations

import ipaddress
from typing import NamedTuple

LOOPBACK = "127.0.0.1"


class Address(NamedTuple):
    """One address of one network interface."""

    ip: str
    interface: str

    @property
    def loopback(self) -> bool:
        return ipaddress.ip_address(self.ip).is_loopback

    @property
    def private_lan(self) -> bool:
        ip = ipaddress.ip_address(self.ip)
        return ip.is_private and not ip.is_loopback and not ip.is_link_local


def laptop_addresses() -> list[Address]:
    """IPv4 addresses of the interfaces that are up, LAN ones first, loopback last."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    up = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
    found: list[Address] = []
    for interface in QNetworkInterface.allInterfaces():
        if (interface.flags() & up) != up:
            continue
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                found.append(Address(ip.toString(), interface.humanReadableName()))
    if not any(a.loopback for a in found):
        found.append(Address(LOOPBACK, "loopback"))
    return sorted(found, key=lambda a: (a.loopback, not a.private_lan))


def default_address(addresses: list[Address]) -> str:
    """The first private LAN address (what phones on the venue's Wi-Fi reach), else loopback."""
    lan = [a for a in addresses if a.private_lan]
    return lan[0].ip if lan else LOOPBACK
