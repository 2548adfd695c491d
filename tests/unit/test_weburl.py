import pytest

from catalogue.weburl import is_web_url


@pytest.mark.parametrize("value", ["https://www.verein.example", "http://verein.example/pfad?x=1"])
def test_http_and_https_addresses_with_a_host_are_links(value):
    assert is_web_url(value)


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "data:text/html,x",
        "https://",
        "www.verein.example",
        "https://verein .example",
        "",
        None,
        "ftp://verein.example",
    ],
)
def test_everything_else_is_never_a_link(value):
    assert not is_web_url(value)
