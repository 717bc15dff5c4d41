import queue
import threading
from contextlib import contextmanager

import psycopg2


class ConnectionPool:
    def __init__(self, dsn: str, size: int = 5) -> None:
        self.dsn = dsn
        self.size = size
        self._pool: "queue.Queue[psycopg2.extensions.connection]" = queue.Queue(maxsize=size)
        self._lock = threading.Lock()
        self._created = 0

    def _new_connection(self):
        conn = psycopg2.connect(self.dsn)
        conn.autocommit = False
        return conn

    def acquire(self, timeout: float = 5.0):
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            with self._lock:
                if self._created < self.size:
                    self._created += 1
                    return self._new_connection()
            return self._pool.get(timeout=timeout)

    def release(self, conn) -> None:
        if conn.closed:
            with self._lock:
                self._created -= 1
            return
        conn.rollback()
        self._pool.put(conn)

    @contextmanager
    def connection(self):
        conn = self.acquire()
        try:
            yield conn
            conn.commit()
        finally:
            self.release(conn)

    def close_all(self) -> None:
        while True: