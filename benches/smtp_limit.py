#!/usr/bin/env python3
"""The local SMTP server's own limit: messages/s from 8 pooled connections (smtplib), same size and
line count as a confirmation email, the median of three measurements (a single one moved by a
third between runs of the suite). Usage: smtp_limit.py HOST:PORT [COUNT]"""
import smtplib
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

host, port = sys.argv[1].split(":")
count = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
# Shaped like a rendered confirmation email: 55 lines, about 2.6 KB (text and HTML parts).
msg = "From: a@example.org\r\nTo: b@example.org\r\nSubject: limit\r\n\r\n" + ("x" * 45 + "\r\n") * 51


def run(n):
    s = smtplib.SMTP(host, int(port))
    for _ in range(n):
        s.sendmail("a@example.org", ["b@example.org"], msg)
    s.quit()


def measure():
    start = time.time()
    with ThreadPoolExecutor(8) as ex:
        list(ex.map(run, [count // 8] * 8))
    return count / (time.time() - start)


print(f"{statistics.median(measure() for _ in range(3)):.0f}")
