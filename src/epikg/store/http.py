"""HTTP for SPARQL endpoints: user and password (Basic or Digest, whichever the server asks for) and one-line errors."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import Message

from epikg.store.results import StoreError, one_line


@dataclass(frozen=True)
class Credentials:
    """A user and password for a store; the password never comes from the command line (see cli_store)."""

    user: str
    password: str = field(repr=False)


def opener(credentials: Credentials | None = None, url: str = "") -> urllib.request.OpenerDirector:
    """A urllib opener that answers a Basic or a Digest challenge from `url`'s server with `credentials`.

    Nothing global is installed, and nothing is sent until the server asks.
    """
    if credentials is None:
        return urllib.request.build_opener()
    parts = urllib.parse.urlsplit(url)
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, f"{parts.scheme}://{parts.netloc}/", credentials.user, credentials.password)  # type: ignore[arg-type]
    return urllib.request.build_opener(
        urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)
    )


def send(
    request: urllib.request.Request, *, credentials: Credentials | None = None, timeout: float = 60.0
) -> tuple[bytes, Message]:
    """The response body and headers; StoreError (one line) for HTTP errors and unreachable servers."""
    url = request.full_url.split("?", 1)[0]
    try:
        with opener(credentials, request.full_url).open(request, timeout=timeout) as response:
            return response.read(), response.headers
    except urllib.error.HTTPError as exc:
        try:
            detail = one_line(exc.read().decode("utf-8", "replace")) or str(exc.reason)
        except (OSError, AttributeError):
            detail = str(exc.reason)
        if exc.code == 401:
            raise StoreError(f"{_unauthorized(url, credentials)}: {detail}") from exc
        raise StoreError(f"{url} answered HTTP {exc.code}: {detail}") from exc
    except (
        urllib.error.URLError,
        OSError,
        ValueError,
    ) as exc:  # timeouts, resets, urllib's 'digest auth failed'
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, ConnectionError) and _refused(request, credentials, timeout):
            raise StoreError(_unauthorized(url, credentials)) from exc
        if isinstance(exc, urllib.error.URLError):
            raise StoreError(f"cannot reach {url}: {exc.reason}") from exc
        raise StoreError(f"cannot talk to {url}: {one_line(str(exc) or type(exc).__name__)}") from exc


def _unauthorized(url: str, credentials: Credentials | None) -> str:
    hint = (
        "wrong user or password"
        if credentials
        else "give --user (the password from the environment or a prompt)"
    )
    return f"{url} answered HTTP 401 (authentication required; {hint})"


def _refused(request: urllib.request.Request, credentials: Credentials | None, timeout: float) -> bool:
    """Whether the server answers 401 at the request's URL, with these credentials or none, asked with a HEAD
    (no body, no change).

    For a connection closed while a body was sent: Virtuoso answers a missing or wrong Digest response with 401
    and closes the connection before it has read the body, so urllib sees a broken pipe, not the 401.
    """
    if request.data is None:
        return False
    probe = urllib.request.Request(request.full_url, method="HEAD", headers={"User-Agent": "epikg"})
    try:
        with opener(credentials, request.full_url).open(probe, timeout=timeout):
            return False
    except urllib.error.HTTPError as exc:
        return exc.code == 401
    except (OSError, ValueError):  # URLError is an OSError
        return False
