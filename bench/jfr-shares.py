#!/usr/bin/env python3
"""Inclusive shares of a JFR recording's request samples, for docs/benchmarks.md.

    jfr print --events jdk.ExecutionSample --stack-depth 1024 REC.jfr > samples.txt
    python3 bench/jfr-shares.py samples.txt [PATTERN] [MIN_SHARE]

Keeps the samples of the server's request threads ("default task") taken after the last /ping sample (the
benchmark's page phase: the recording may start before the /ping phase, as jcmd attaches late on a loaded machine),
leaving out those of the logins (CodeService). Prints each frame matching PATTERN (a regular expression) with the
share of those samples whose stack holds it, then the top self frames. The server must run with
-XX:FlightRecorderOptions:stackdepth=1024 (the default 64 frames cut a Faces request's stack in the middle).
"""
import collections
import re
import sys

events = open(sys.argv[1]).read().split('jdk.ExecutionSample {')[1:]
pattern = re.compile(sys.argv[2] if len(sys.argv) > 2 else '.')
minimum = float(sys.argv[3]) if len(sys.argv) > 3 else 0.01
samples, last_ping = [], ''
for event in events:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    if not thread or 'default task' not in thread.group(1):
        continue
    time = re.search(r'startTime = (\S+)', event).group(1)
    if 'PingServlet' in event and time > last_ping:
        last_ping = time
    samples.append((time, event))
inclusive, own, n = collections.Counter(), collections.Counter(), 0
for time, event in samples:
    if time <= last_ping or 'CodeService' in event or 'stackTrace = [' not in event:
        continue
    frames = re.findall(r'^\s+([\w$.<>/]+)\(', event.split('stackTrace = [', 1)[1], re.M)
    if not frames:
        continue
    n += 1
    own[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1
if n == 0:
    sys.exit('no page sample after the last /ping sample: did the recording cover the page phase?')
print(f'{n} page samples after the last /ping sample ({last_ping})')
for frame, count in inclusive.most_common():
    if count / n < minimum:
        break
    if pattern.search(frame):
        print(f'{100 * count / n:5.1f} % {frame}')
print('--- top self frames')
for frame, count in own.most_common(15):
    print(f'{100 * count / n:5.1f} % {frame}')
