import pytest

from catalogue.config import ConfigError, load_config


def test_production_refuses_to_start_without_a_secret_key(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        load_config(str(tmp_path), {"APP_ENV": "production"})


def test_production_refuses_a_short_secret_key(tmp_path):
    with pytest.raises(ConfigError):
        load_config(str(tmp_path), {"APP_ENV": "production", "SECRET_KEY": "kurz"})


def test_production_keeps_cookies_secure(tmp_path):
    config = load_config(str(tmp_path), {"APP_ENV": "production", "SECRET_KEY": "k" * 40})
    assert config["SESSION_COOKIE_SECURE"] is True


def test_development_creates_and_reuses_a_secret_in_the_instance_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    first = load_config(str(tmp_path), {"APP_ENV": "development"})["SECRET_KEY"]
    second = load_config(str(tmp_path), {"APP_ENV": "development"})["SECRET_KEY"]
    assert len(first) == 64 and first == second


def test_development_defaults_keep_data_in_the_instance_folder(tmp_path, monkeypatch):
    for name in ("DATABASE_URL", "SEARCH_INDEX_DIR", "MAIL_OUTBOX_DIR"):
        monkeypatch.delenv(name, raising=False)
    config = load_config(str(tmp_path), {"APP_ENV": "development"})
    assert config["DATABASE_URL"] == f"sqlite:///{tmp_path / 'katalog.sqlite3'}"
    assert config["SEARCH_INDEX_DIR"].startswith(str(tmp_path))


def test_environment_values_are_parsed_by_type(tmp_path, monkeypatch):
    monkeypatch.setenv("SEAL_VALIDITY_MONTHS", "36")
    monkeypatch.setenv("SMTP_STARTTLS", "nein")
    config = load_config(str(tmp_path), {"APP_ENV": "testing"})
    assert (config["SEAL_VALIDITY_MONTHS"], config["SMTP_STARTTLS"]) == (36, False)


def test_non_numeric_value_for_a_number_setting_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("SMTP_PORT", "fünf")
    with pytest.raises(ConfigError, match="SMTP_PORT muss eine ganze Zahl sein"):
        load_config(str(tmp_path), {"APP_ENV": "testing"})


def test_production_session_cookie_is_a_host_cookie(tmp_path, monkeypatch):
    monkeypatch.delenv("SESSION_COOKIE_NAME", raising=False)
    config = load_config(str(tmp_path), {"APP_ENV": "production", "SECRET_KEY": "k" * 40})
    assert config["SESSION_COOKIE_NAME"] == "__Host-session" and config["SESSION_COOKIE_SECURE"] is True


def test_development_session_cookie_keeps_its_plain_name(tmp_path):
    assert "SESSION_COOKIE_NAME" not in load_config(str(tmp_path), {"APP_ENV": "development"})
