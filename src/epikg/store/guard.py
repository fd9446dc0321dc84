"""A guard in front of a writable Oxigraph: only requests addressed to this server, from its own pages, pass.

Oxigraph checks neither `Host` nor `Origin`, so while it accepts writes any web page open in the
user's browser could post an update to it (cross-site request forgery) or reach it under a name
of its own (DNS rebinding). The guard listens on the public port, refuses with 403 every request
whose `Host` is not `127.0.0.1:PORT` or `localhost:PORT`, or whose `Origin` (sent by browsers on
every cross-site write) is not the same, and forwards the rest to Oxigraph on a private port.
"""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "trailers",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
}
_CHUNK = 1 << 16


def own_hosts(port: int) -> frozenset[str]:
    """The `Host` values a request to this server may carry."""
    return frozenset({f"127.0.0.1:{port}", f"localhost:{port}"})


def refusal(host: str | None, origin: str | None, port: int) -> str | None:
    """Why a request must be refused, or None when it is addressed to this server by one of its own pages."""
    hosts = own_hosts(port)
    if host is None or host.lower() not in hosts:
        return f"Host {host or '(none)'} is not this server's (127.0.0.1:{port})"
    if origin is not None and origin.lower() not in {f"http://{h}" for h in hosts}:
        return f"Origin {origin} is not this server's (http://127.0.0.1:{port})"
    return None


class _Handler(BaseHTTPRequestHandler):
    server: _GuardServer

    def _forward(self) -> None:
        reason = refusal(self.headers.get("Host"), self.headers.get("Origin"), self.server.public_port)
        if reason is not None:
            body = f"refused: {reason}\n".encode()
            self.send_response(403)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        body = self._request_body()
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        backend = http.client.HTTPConnection("127.0.0.1", self.server.backend_port, timeout=3600)
        self.close_connection = True
        try:
            try:
                backend.request(self.command, self.path, body=body, headers=headers)
                response = backend.getresponse()
            except OSError as exc:
                self.send_error(502, f"the store behind the guard did not answer: {exc}")
                return
            self.send_response(response.status, response.reason)
            for key, value in response.getheaders():
                if key.lower() not in _HOP_BY_HOP:
                    self.send_header(key, value)
            self.send_header("Connection", "close")
            self.end_headers()
            while chunk := response.read(_CHUNK):
                self.wfile.write(chunk)
        finally:
            backend.close()

    def _request_body(self) -> bytes | None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(parts)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else None

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = do_OPTIONS = _forward  # noqa: N815

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: the server's own log is Oxigraph's."""


class _GuardServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, public_port: int, backend_port: int) -> None:
        self.public_port = public_port
        self.backend_port = backend_port
        super().__init__(("127.0.0.1", public_port), _Handler)


class Guard:
    """The guard on 127.0.0.1:public_port, forwarding to Oxigraph on 127.0.0.1:backend_port, in a thread."""

    def __init__(self, public_port: int, backend_port: int) -> None:
        self._server = _GuardServer(public_port, backend_port)
        self._thread = threading.Thread(target=self._server.serve_forever, name="epikg-guard", daemon=True)

    def start(self) -> Guard:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
