#!/usr/bin/python3
"""latency.py -- a delaying TCP and UDP relay: a long network path in front of the harness's servers.

The kernel here has neither netem nor nftables' queue, so `harness.sh latency STATE_DIR on` starts this
relay inside the namespace. For every server address 127.0.0.N (N in --hosts) and port (--ports) where
something listens, it listens on 127.0.1.N (the same port) and passes the bytes on, each chunk --delay-ms
(default 50) later in each direction: a round trip of 100 ms. TCP's handshake is modelled too: the relay
connects to the server one delay after the client connected (the SYN's way), and the client's first bytes
reach the server no sooner than three delays after its connect (SYN, SYN-ACK, data), as on a real path.
A closed port is not relayed, so it is refused at once. --dns LISTEN=SERVER relays DNS (UDP and TCP) the
same way to a second dnsmasq whose names lead to the 127.0.1.N addresses.

--log: one line per event, "SECONDS tcp|udp SRC:PORT > DST:PORT S|P|F BYTES" (S: a connection, P: data,
F: its end), for tests/bench/latency-benchmark.sh, which counts round trips from it.
"""
import argparse
import asyncio
import os
import signal
import socket
import sys

LOG = None
START = 0.0


def log(proto, src, dst, flag, size):
    if LOG:
        LOG.write("%.4f %s %s:%d > %s:%d %s %d\n" % (asyncio.get_running_loop().time() - START, proto,
                                                    src[0], src[1], dst[0], dst[1], flag, size))


class Pipe:
    """One direction of a relayed connection: chunks go out in order, each at its time."""

    def __init__(self, delay, hold_until=0.0):
        self.delay = delay
        self.hold_until = hold_until
        self.queue = asyncio.Queue()

    def put(self, data):
        loop = asyncio.get_running_loop()
        self.queue.put_nowait((max(loop.time(), self.hold_until) + self.delay, data))

    async def run(self, writer_future):
        loop = asyncio.get_running_loop()
        while True:
            due, data = await self.queue.get()
            await asyncio.sleep(max(0.0, due - loop.time()))
            writer = await writer_future
            if writer is None:
                return
            if data is None:
                if writer.can_write_eof():
                    writer.write_eof()
                return
            writer.write(data)
            await writer.drain()


async def pump(reader, pipe, proto, src, dst):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            log(proto, src, dst, "P", len(data))
            pipe.put(data)
    except (ConnectionError, OSError):
        pass
    log(proto, src, dst, "F", 0)
    pipe.put(None)


async def relay_tcp(client_reader, client_writer, upstream, delay):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    client = client_writer.get_extra_info("peername")[:2]
    log("tcp", client, upstream, "S", 0)
    up_writer = loop.create_future()
    to_server = Pipe(delay, hold_until=t0 + 2 * delay)
    to_client = Pipe(delay)
    client_done = loop.create_future()
    client_done.set_result(client_writer)
    tasks = [asyncio.ensure_future(to_server.run(up_writer)), asyncio.ensure_future(to_client.run(client_done)),
             asyncio.ensure_future(pump(client_reader, to_server, "tcp", client, upstream))]
    await asyncio.sleep(delay)  # the SYN on its way
    try:
        up_reader, writer = await asyncio.wait_for(asyncio.open_connection(*upstream), 30)
    except (OSError, asyncio.TimeoutError):
        up_writer.set_result(None)
        await asyncio.sleep(delay)
        client_writer.transport.abort()
        for t in tasks:
            t.cancel()
        return
    up_writer.set_result(writer)
    tasks.append(asyncio.ensure_future(pump(up_reader, to_client, "tcp", upstream, client)))
    await asyncio.gather(*tasks, return_exceptions=True)
    for w in (writer, client_writer):
        w.close()


class DnsRelay(asyncio.DatagramProtocol):
    """UDP: each question one delay later to the server, each answer one delay later back."""

    def __init__(self, upstream, delay):
        self.upstream = upstream
        self.delay = delay
        self.clients = {}  # client address -> its own upstream transport

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        log("udp", addr, self.upstream, "P", len(data))
        asyncio.get_running_loop().call_later(self.delay, lambda: asyncio.ensure_future(self.forward(data, addr)))

    async def forward(self, data, addr):
        loop = asyncio.get_running_loop()
        transport = self.clients.get(addr)
        if transport is None or transport.is_closing():
            relay = self

            class Back(asyncio.DatagramProtocol):
                def datagram_received(self, answer, _):
                    log("udp", relay.upstream, addr, "P", len(answer))
                    loop.call_later(relay.delay, lambda: relay.transport.sendto(answer, addr))

            transport, _ = await loop.create_datagram_endpoint(Back, remote_addr=self.upstream)
            self.clients[addr] = transport
        transport.sendto(data)


def listening(addr, port):
    s = socket.socket()
    s.settimeout(0.3)
    try:
        s.connect((addr, port))
        return True
    except socket.timeout:
        return True  # dropped (nftables): relayed, so that it stays dropped
    except OSError:
        return False
    finally:
        s.close()


async def main():
    global LOG, START
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay-ms", type=float, default=50.0)
    parser.add_argument("--hosts", default="2-11", help="N or N-M: the servers at 127.0.0.N")
    parser.add_argument("--ports", default="25,26,465,587,110,143,993,995,80,443")
    parser.add_argument("--dns", help="LISTEN=SERVER, e.g. 127.0.1.53=127.0.0.54")
    parser.add_argument("--log")
    parser.add_argument("--pidfile")
    args = parser.parse_args()
    delay = args.delay_ms / 1000.0
    loop = asyncio.get_running_loop()
    START = loop.time()
    LOG = open(args.log, "a", buffering=1) if args.log else None

    first, _, last = args.hosts.partition("-")
    routes = []
    for n in range(int(first), int(last or first) + 1):
        for port in (int(p) for p in args.ports.split(",")):
            if listening("127.0.0.%d" % n, port):
                routes.append((("127.0.1.%d" % n, port), ("127.0.0.%d" % n, port)))
    if args.dns:
        listen, server = args.dns.split("=")
        routes.append(((listen, 53), (server, 53)))
        await loop.create_datagram_endpoint(lambda: DnsRelay((server, 53), delay), local_addr=(listen, 53))
    for (addr, port), upstream in routes:
        await asyncio.start_server(lambda r, w, up=upstream: relay_tcp(r, w, up, delay), addr, port,
                                   reuse_address=True)
    if args.pidfile:
        with open(args.pidfile, "w") as f:
            f.write("%d\n" % os.getpid())
    print("latency: %d relayed ports, %.0f ms each way" % (len(routes), args.delay_ms), file=sys.stderr)
    stop = loop.create_future()
    loop.add_signal_handler(signal.SIGTERM, stop.set_result, None)
    await stop


if __name__ == "__main__":
    asyncio.run(main())
