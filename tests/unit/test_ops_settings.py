"""Operations settings and helpers: log format, metrics address, request ids."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

import pytest

from catalogue.config import ConfigError, load_config
from catalogue.ops.exposition import parse_bind
from catalogue.ops.requestlog import JsonFormatter, configure_logging, request_id_from
from catalogue.paths import ROOT


def test_an_unknown_log_format_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="LOG_FORMAT"):
        load_config(str(tmp_path), {"APP_ENV": "testing", "LOG_FORMAT": "xml"})


def test_metrics_listen_on_loopback_by_default(tmp_path, monkeypatch):
    monkeypatch.delenv("METRICS_BIND", raising=False)
    assert load_config(str(tmp_path), {"APP_ENV": "testing"})["METRICS_BIND"].startswith("127.0.0.1:")


@pytest.mark.parametrize(
    "bind, expected",
    [("127.0.0.1:9464", ("127.0.0.1", 9464)), ("[::1]:9464", ("::1", 9464)), ("10.0.0.5:80", ("10.0.0.5", 80))],
)
def test_metrics_bind_is_address_and_port(bind, expected):
    assert parse_bind(bind) == expected


@pytest.mark.parametrize("bind", ["9464", "127.0.0.1", ":9464", "127.0.0.1:port"])
def test_metrics_bind_without_address_or_port_is_refused(bind):
    with pytest.raises(ValueError):
        parse_bind(bind)


def test_a_request_id_is_generated_when_none_is_given():
    first, second = request_id_from(None), request_id_from(None)
    assert len(first) == 32 and first != second


def test_a_uuid_request_id_is_kept():
    assert request_id_from("0b8f7e2c-5f0e-4c43-9d2a-3c8e6b1f7a10") == "0b8f7e2c-5f0e-4c43-9d2a-3c8e6b1f7a10"


def test_json_log_format_writes_one_object_per_line_to_stderr():
    script = (
        "import logging\n"
        "from catalogue.ops.requestlog import configure_logging\n"
        "configure_logging('json')\n"
        "logging.getLogger('catalogue.probe').warning('Hallo %s', 'Welt')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    entry = json.loads(result.stderr.strip())
    assert entry["message"] == "Hallo Welt" and entry["logger"] == "catalogue.probe" and entry["request_id"] == "-"


def test_logging_is_configured_once_and_follows_the_format_setting():
    root = logging.getLogger()
    saved, level = root.handlers[:], root.level
    root.handlers = []  # as in a fresh gunicorn worker
    try:
        configure_logging("json")
        configure_logging("text")
        ours = root.handlers[:]
    finally:
        root.handlers, root.level = saved, level
    [handler] = ours
    assert not isinstance(handler.formatter, JsonFormatter) and "%(request_id)s" in handler.formatter._fmt


def test_an_exception_is_part_of_the_json_entry():
    try:
        raise RuntimeError("kaputt")
    except RuntimeError:
        record = logging.LogRecord("catalogue.x", logging.ERROR, __file__, 1, "Fehler", None, sys.exc_info())
    entry = json.loads(JsonFormatter().format(record))
    assert "RuntimeError: kaputt" in entry["exception"]
