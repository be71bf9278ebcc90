#!/usr/bin/env python3
"""Idle connections to the live stream: what they cost the server.

    bench/stream_idle.py --url http://127.0.0.1:18480 --pid <java pid> [--connections 500]
                         [--hold 20] [--admin admin:password]

Measures the process (resident memory, threads, CPU) over --hold seconds without any stream
connection, opens --connections connections to /api/feed/stream (each reads its stream, as an idle
browser tab would: heartbeats only), measures the same over --hold seconds again, then, with
--admin, publishes one article and reports how long it took to reach every connection. Prints a
Markdown table. Standard library only.
"""
import argparse
import base64
import json
import os
import resource
import selectors
import socket
import statistics
import sys
import time
import urllib.parse
import urllib.request

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process(pid):
    status = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            status[key] = value.strip()
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime
    return {
        "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
        "threads": int(status["Threads"]),
        "cpu_s": cpu,
    }


class Stream:
    def __init__(self, host, port, path):
        self.sock = socket.create_connection((host, port), timeout=10)
        self.sock.sendall(
            f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
        self.sock.setblocking(False)
        self.received = bytearray()
        self.heartbeats = 0
        self.found_at = None

    def read(self, marker):
        try:
            chunk = self.sock.recv(65536)
        except BlockingIOError:
            return True
        if not chunk:
            return False
        self.received += chunk
        self.heartbeats += chunk.count(b": heartbeat")
        if marker and self.found_at is None and marker in self.received:
            self.found_at = time.monotonic()
        if len(self.received) > 1 << 20:
            del self.received[: len(self.received) - 4096]
        return True

    def ready(self):
        return b" 200 " in self.received[:20] and b"\nid: " in self.received


def pump(selector, seconds, marker=None, until=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for key, _ in selector.select(timeout=0.2):
            stream = key.data
            if not stream.read(marker):
                selector.unregister(stream.sock)
                raise SystemExit("the server closed a stream connection")
        if until and until():
            return True
    return False


def admin_request(base, credentials, method, path, body=None):
    request = urllib.request.Request(base + path, method=method,
                                     data=None if body is None else json.dumps(body).encode())
    request.add_header("Authorization", "Basic " + base64.b64encode(credentials.encode()).decode())
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read() or b"null")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--connections", type=int, default=500)
    parser.add_argument("--hold", type=float, default=20)
    parser.add_argument("--admin", help="user:password, to measure the fan-out of one publication")
    args = parser.parse_args()

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    url = urllib.parse.urlparse(args.url)

    start = process(args.pid)
    time.sleep(args.hold)
    quiet = process(args.pid)

    selector = selectors.DefaultSelector()
    streams = []
    opening = time.monotonic()
    for i in range(args.connections):
        stream = Stream(url.hostname, url.port, "/api/feed/stream" + ("?scope=front" if i % 5 == 0 else ""))
        selector.register(stream.sock, selectors.EVENT_READ, stream)
        streams.append(stream)
    if not pump(selector, 60, until=lambda: all(s.ready() for s in streams)):
        raise SystemExit("not every stream opened within 60 s")
    opened_in = time.monotonic() - opening

    before_hold = process(args.pid)
    pump(selector, args.hold)
    held = process(args.pid)

    fan_out = None
    if args.admin:
        section = json.loads(urllib.request.urlopen(args.url + "/api/sections", timeout=30).read())
        section = section[0]["path"] if isinstance(section, list) else section["items"][0]["path"]
        title = f"Banc d'essai du direct {int(time.time())}"
        draft = admin_request(args.url, args.admin, "POST", "/api/admin/articles", {
            "title": title, "section": section,
            "body": [{"type": "paragraph", "text": "Une dépêche pour mesurer le direct."}]})
        article = admin_request(args.url, args.admin, "GET", f"/api/admin/articles/{draft['id']}")
        marker = ('"slug":"' + article["slug"] + '"').encode()
        everyone = [s for s in streams if s not in streams[::5]]  # scope=all streams
        published = time.monotonic()
        admin_request(args.url, args.admin, "POST", f"/api/admin/articles/{draft['id']}/publish")
        if pump(selector, 30, marker, until=lambda: all(s.found_at for s in everyone)):
            latencies = sorted((s.found_at - published) * 1000 for s in everyone)
            fan_out = (statistics.median(latencies), latencies[-1], len(everyone))
    after = process(args.pid)
    for stream in streams:
        stream.sock.close()

    heartbeats = statistics.mean(s.heartbeats for s in streams)
    print(f"| | no stream | {args.connections} idle streams |")
    print("|---|---:|---:|")
    print(f"| resident memory (MB) | {quiet['rss_mb']:.0f} | {held['rss_mb']:.0f} |")
    print(f"| JVM threads | {quiet['threads']} | {held['threads']} |")
    print(f"| CPU over {args.hold:.0f} s (% of one core) | "
          f"{100 * (quiet['cpu_s'] - start['cpu_s']) / args.hold:.1f} | "
          f"{100 * (held['cpu_s'] - before_hold['cpu_s']) / args.hold:.1f} |")
    print()
    print(f"{args.connections} streams opened in {opened_in:.1f} s; {heartbeats:.1f} heartbeats each while held;"
          f" resident memory {after['rss_mb']:.0f} MB at the end.")
    if fan_out:
        print(f"One publication reached all {fan_out[2]} scope=all streams: median {fan_out[0]:.0f} ms,"
              f" last {fan_out[1]:.0f} ms after its publish request was sent.")
    elif args.admin:
        print("The publication did not reach every stream within 30 s.")
        sys.exit(1)


if __name__ == "__main__":
    main()
