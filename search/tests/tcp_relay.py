"""A TCP relay in front of the real engine, so a test can make the engine vanish mid-test
(the shared node itself must keep running for everyone else)."""

import select
import socket
import threading
from urllib.parse import urlparse


class TcpRelay:
    """Forwards connections on a free loopback port to `upstream_url` until stop()."""

    def __init__(self, upstream_url):
        parsed = urlparse(upstream_url)
        self.upstream = (parsed.hostname, parsed.port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stopped = threading.Event()
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.stopped.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:  # the listener was closed by stop()
                return
            upstream = socket.create_connection(self.upstream)
            self.connections += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, client, upstream):
        peers = {client: upstream, upstream: client}
        try:
            while not self.stopped.is_set():
                readable, _, _ = select.select(list(peers), [], [], 0.1)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
        except OSError:
            return
        finally:
            for sock in peers:
                sock.close()

    def stop(self):
        """The engine 'stops': open connections drop and new ones are refused."""
        self.stopped.set()
        self.listener.close()
        for sock in self.connections:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
