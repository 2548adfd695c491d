"""Operations: health and readiness, metrics, request logs, backup and restore."""
