"""Datasette plugin: sqlar_uncompress(X, SZ), with which the view document_texts unpacks the texts qmine
stores compressed (migration 013, output/text-codec.ts). The sqlite3 shell has the function built in;
Datasette needs this file: datasette serve qmine.db --plugins-dir output/datasette-plugins"""
import zlib

from datasette import hookimpl


def sqlar_uncompress(data, size):
    """The bytes as they are when their length is the unpacked length, else inflated (sqlar's convention)."""
    if data is None:
        return None
    if isinstance(data, str):
        data = data.encode("utf-8")
    if size is None or size <= 0 or len(data) == size:
        return bytes(data)
    return zlib.decompress(data)


@hookimpl
def prepare_connection(conn):
    conn.create_function("sqlar_uncompress", 2, sqlar_uncompress, deterministic=True)
