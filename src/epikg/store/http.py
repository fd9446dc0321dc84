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
            hint = (
                "wrong user or password"
                if credentials
                else "give --user (the password from the environment or a prompt)"
            )
            raise StoreError(f"{url} answered HTTP 401 (authentication required; {hint}): {detail}") from exc
        raise StoreError(f"{url} answered HTTP {exc.code}: {detail}") from exc
    except urllib.error.URLError as exc:
        raise StoreError(f"cannot reach {url}: {exc.reason}") from exc
    except (OSError, ValueError) as exc:  # timeouts, resets, and urllib's 'digest auth failed'
        raise StoreError(f"cannot talk to {url}: {one_line(str(exc) or type(exc).__name__)}") from exc
