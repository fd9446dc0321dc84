"""HTTP for SPARQL endpoints: user and password (Basic or Digest, whichever the server asks for) and one-line errors."""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from email.message import Message

from epikg.store.results import StoreError, one_line


@dataclass(frozen=True)
class Credentials:
    """A user and password for a store; the password never comes from the command line (see epikg.cli.store)."""

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
        _answer_challenge_first(request, credentials, timeout)
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


def _answer_challenge_first(
    request: urllib.request.Request, credentials: Credentials | None, timeout: float
) -> None:
    """Before a body is sent with credentials, ask for the server's challenge with a HEAD and answer it in the
    request itself.

    Otherwise the body goes out unauthorized first: Virtuoso answers it with 401 and closes the connection while
    the body is still being sent, and whether urllib then sees the 401 or a broken pipe depends on the body's
    size and the machine's load.
    """
    if credentials is None or request.data is None or request.has_header("Authorization"):
        return
    probe = urllib.request.Request(request.full_url, method="HEAD", headers={"User-Agent": "epikg"})
    try:
        with urllib.request.build_opener().open(probe, timeout=timeout):
            return  # no challenge: nothing to answer
    except urllib.error.HTTPError as exc:
        challenge = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
    scheme, _, params = challenge.partition(" ")
    if scheme.lower() == "digest":
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, request.full_url, credentials.user, credentials.password)  # type: ignore[arg-type]
        fields = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(params)))
        answer = urllib.request.HTTPDigestAuthHandler(passwords).get_authorization(request, fields)
        if answer:
            request.add_unredirected_header("Authorization", f"Digest {answer}")
    elif scheme.lower() == "basic":
        token = base64.b64encode(f"{credentials.user}:{credentials.password}".encode()).decode("ascii")
        request.add_unredirected_header("Authorization", f"Basic {token}")


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
