"""Multiprocess mode: the counts of several worker processes add up at the metrics listener."""

from __future__ import annotations

import os
import subprocess
import sys

from prometheus_client import generate_latest

from catalogue.ops.exposition import metrics_registry
from catalogue.paths import ROOT

# One worker process: an app that answers a few requests, then exits (as a gunicorn worker would).
WORKER = """
import sys
from catalogue import create_app
app = create_app({"APP_ENV": "testing", "SECRET_KEY": "x" * 40, "DATABASE_URL": "sqlite://"}, instance_path=sys.argv[1])
client = app.test_client()
for _ in range(int(sys.argv[2])):
    client.get("/healthz")
"""


def _worker(folder, instance, requests: int) -> None:
    environment = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(folder), "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", WORKER, str(instance), str(requests)], env=environment, check=True, cwd=ROOT)


def test_requests_of_all_worker_processes_are_added_up(app, db, tmp_path):
    folder = tmp_path / "metrics"
    folder.mkdir()
    _worker(folder, tmp_path / "one", 2)
    _worker(folder, tmp_path / "two", 3)
    text = generate_latest(metrics_registry(app, str(folder))).decode()
    assert 'katalog_http_request_duration_seconds_count{endpoint="ops.healthz",method="GET",status="200"} 5.0' in text
    assert "katalog_database_up 1.0" in text


def test_the_metrics_command_refuses_a_missing_multiprocess_folder(app, tmp_path):
    app.config["PROMETHEUS_MULTIPROC_DIR"] = str(tmp_path / "fehlt")
    try:
        result = app.test_cli_runner().invoke(args=["metrics", "--bind", "127.0.0.1:0"])
    finally:
        app.config["PROMETHEUS_MULTIPROC_DIR"] = ""
    assert result.exit_code != 0 and "Metrik-Server startet nicht" in result.output


def test_the_metrics_command_refuses_a_bind_without_port(app):
    result = app.test_cli_runner().invoke(args=["metrics", "--bind", "localhost"])
    assert result.exit_code != 0 and "Adresse:Port" in result.output
