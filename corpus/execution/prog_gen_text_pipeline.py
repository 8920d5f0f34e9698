# A log-analysis pipeline built from small generator stages:
# read lines -> parse records -> filter -> enrich -> group -> report.

LOG = """\
2024-03-01 08:00:01 INFO  web    GET /index.html 200 512
2024-03-01 08:00:02 INFO  web    GET /about.html 200 1024
# maintenance note: cache warmed
2024-03-01 08:00:05 WARN  db     slow query 1200ms
2024-03-01 08:01:10 INFO  web    POST /login 302 64
2024-03-01 08:01:11 ERROR auth   invalid password for user=alice

2024-03-01 08:02:00 INFO  web    GET /index.html 200 512
2024-03-01 08:02:30 ERROR web    GET /missing 404 0
2024-03-01 08:03:00 INFO  web    GET /static/app.js 200 20480
garbage line without structure
2024-03-01 08:03:40 WARN  auth   password expires soon user=bob
2024-03-01 08:04:00 INFO  db     connection pool size 8
2024-03-01 08:05:00 ERROR db     deadlock detected, retrying
2024-03-01 08:05:01 INFO  web    GET /index.html 304 0
2024-03-01 08:06:00 INFO  web    GET /about.html 200 1024
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), 1):
        yield number, line.rstrip()


def skip_noise(lines):
    for number, line in lines:
        if not line or line.startswith("#"):
            continue
        yield number, line


def parse(lines, rejects):
    for number, line in lines:
        parts = line.split(None, 4)
        if len(parts) < 5 or parts[2] not in ("INFO", "WARN", "ERROR"):
            rejects.append(number)
            continue
        date, time, level, source, message = parts
        hour, minute, second = (int(p) for p in time.split(":"))
        yield {
            "line": number,
            "minute": hour * 60 + minute,
            "level": level,
            "source": source,
            "message": message,
        }


def only_levels(records, *levels):
    return (r for r in records if r["level"] in levels)


def with_http(records):
    for r in records:
        words = r["message"].split()
        if r["source"] == "web" and len(words) == 4:
            method, path, status, size = words
            r = dict(r, method=method, path=path, status=int(status), size=int(size))
        yield r


def group_by(records, key):
    groups = {}
    for r in records:
        groups.setdefault(r[key], []).append(r)
    yield from sorted(groups.items())


def windows(records, width):
    current, bucket = None, []
    for r in records:
        start = r["minute"] // width * width
        if current is not None and start != current:
            yield current, bucket
            bucket = []
        current = start
        bucket.append(r)
    if bucket:
        yield current, bucket


def fmt_minute(m):
    return f"{m // 60:02d}:{m % 60:02d}"


rejects = []
records = list(with_http(parse(skip_noise(read_lines(LOG)), rejects)))
print(f"parsed {len(records)} records, rejected lines {rejects}")

print("\n-- by level --")
for level, group in group_by(records, "level"):
    sources = sorted({r["source"] for r in group})
    print(f"{level:<6}{len(group):>3}  sources: {', '.join(sources)}")

print("\n-- problems --")
for r in only_levels(records, "WARN", "ERROR"):
    print(f"line {r['line']:>2} [{r['level']}] {r['source']}: {r['message']}")

print("\n-- http --")
http = [r for r in records if "status" in r]
total_bytes = sum(r["size"] for r in http)
print(f"{len(http)} requests, {total_bytes:,} bytes")
for path, group in group_by(http, "path"):
    statuses = ",".join(str(r["status"]) for r in group)
    print(f"  {path:<16} hits={len(group)} statuses={statuses}")
busiest = max(group_by(http, "path"), key=lambda item: (len(item[1]), item[0]))
print("busiest path:", busiest[0])
print("any server errors:", any(r["status"] >= 500 for r in http))
print("all GET:", all(r["method"] == "GET" for r in http))

print("\n-- per two minutes --")
for start, bucket in windows(records, 2):
    levels = "".join(r["level"][0] for r in bucket)
    print(f"{fmt_minute(start)}-{fmt_minute(start + 2)} {len(bucket):>2} {levels}")

print("\n-- users mentioned --")
users = (word.split("=", 1)[1]
         for r in records
         for word in r["message"].split()
         if word.startswith("user="))
print(sorted(set(users)))

print("\n-- lazy evaluation check --")
seen = []


def spy(stage, items):
    for item in items:
        seen.append((stage, item[0] if isinstance(item, tuple) else item["line"]))
        yield item


stream = spy("parsed", parse(spy("raw", skip_noise(read_lines(LOG))), []))
first_error = next(r for r in stream if r["level"] == "ERROR")
print("first error on line", first_error["line"])
print("stages touched:", seen)
