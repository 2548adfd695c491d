"""What the tests' mail drop received: delivered messages as files (links in the outbox are blanked once sent)."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

FOLDER: dict[str, Path] = {}  # set by the app fixture


def delivered_body(outbox_id: int) -> str:
    """The text of the delivered message of an outbox row (the newest, as ids repeat after rollbacks)."""
    files = sorted(FOLDER["mail"].glob(f"*.outbox{outbox_id}_*.eml"), key=lambda path: path.stat().st_mtime_ns)
    assert files, f"mail {outbox_id} was not delivered"
    return message_from_bytes(files[-1].read_bytes(), policy=policy.default).get_content()
