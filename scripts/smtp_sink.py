#!/usr/bin/env python3
"""A real SMTP server for tests (aiosmtpd) that stores each delivered message as JSON.

Usage: smtp_sink.py PORT DIR|--discard [--auth USER:PASSWORD] [--tls CERT KEY]
With --auth, clients must log in (AUTH PLAIN or LOGIN, allowed without TLS on this test server).
With --tls, clients must switch to TLS with STARTTLS before sending; each record says whether
the message came over TLS.
Recipients whose local part starts with "reject" get a permanent 550; "tempfail" gets a 451
for its first two attempts, then is accepted. Every message is written to DIR/<n>.json with the
envelope, decoded headers and the text and HTML parts, so tests can read what was really sent.
"""
import asyncio
import email
import email.policy
import itertools
import json
import os
import ssl
import sys
from collections import Counter

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

attempts = Counter()
seq = itertools.count()


class Sink:
    def __init__(self, directory):
        self.directory = directory

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local.startswith("reject"):
            return "550 5.1.1 Mailbox unavailable"
        if local.startswith("tempfail"):
            attempts[address] += 1
            if attempts[address] <= 2:
                return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.directory is None:  # --discard: accept and count only (benchmarks)
            return "250 Message accepted"
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        text = msg.get_body(preferencelist=("plain",))
        html = msg.get_body(preferencelist=("html",))
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": [[k, str(v)] for k, v in msg.items()],
            "subject": str(msg.get("Subject", "")),
            "text": text.get_content() if text is not None else "",
            "html": html.get_content() if html is not None else "",
            "raw": envelope.content.decode("utf-8", "replace"),
            "tls": session.ssl is not None,
        }
        n = next(seq)
        tmp = os.path.join(self.directory, f".{os.getpid()}-{n}.tmp")
        with open(tmp, "w") as f:
            json.dump(record, f)
        # Rename so a reader never sees a half-written file.
        os.rename(tmp, os.path.join(self.directory, f"{os.getpid()}-{n:09d}.json"))
        return "250 Message accepted"


def authenticator_for(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login.decode() == user and auth_data.password.decode() == password
        # handled=False: let the server answer 535 itself on a wrong password.
        return AuthResult(success=ok, handled=False)

    return check


async def main(port, directory, auth, tls):
    if directory is not None:
        os.makedirs(directory, exist_ok=True)
    options = {}
    if auth is not None:
        user, password = auth.split(":", 1)
        options = dict(authenticator=authenticator_for(user, password), auth_required=True,
                       auth_require_tls=False)
    if tls is not None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*tls)
        options.update(tls_context=context, require_starttls=True)
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port, **options)
    controller.start()
    print(f"smtp sink on 127.0.0.1:{port} writing to {directory}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        controller.stop()


if __name__ == "__main__":
    target = None if sys.argv[2] == "--discard" else sys.argv[2]
    args = sys.argv[3:]
    auth = args[args.index("--auth") + 1] if "--auth" in args else None
    tls = tuple(args[args.index("--tls") + 1:args.index("--tls") + 3]) if "--tls" in args else None
    asyncio.run(main(int(sys.argv[1]), target, auth, tls))
