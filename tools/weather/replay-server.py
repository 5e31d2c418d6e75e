#!/usr/bin/env python3
"""A local Open-Meteo-compatible forecast API that replays recorded forecasts (the demo has no
internet): GET /v1/forecast?latitude=..&longitude=..&hourly=precipitation,wind_speed_10m,
temperature_2m&timezone=UTC answers the recorded fortnight (recorded/denver-december.json)
moved so that it starts yesterday (UTC), with the recorded storm (recorded/denver-storm.json)
laid over one day: --rain-day YYYY-MM-DD, else the next weekday after today. Every location
gets the same forecast. Standard library only.

    tools/weather/replay-server.py --port 8099 [--rain-day 2026-12-08] [--dry]
"""

import argparse
import datetime
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
VARIABLES = ("precipitation", "wind_speed_10m", "temperature_2m")


def next_weekday(today):
    day = today + datetime.timedelta(days=1)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    return day


def build_forecast(base, storm, rain_day, today):
    """The recording's hours moved to start yesterday, the storm laid over rain_day."""
    hourly = base["hourly"]
    first = datetime.datetime.strptime(hourly["time"][0], "%Y-%m-%dT%H:%M")
    start = datetime.datetime.combine(today - datetime.timedelta(days=1), datetime.time())
    shift = start - first
    times = [
        (datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M") + shift).strftime("%Y-%m-%dT%H:%M")
        for t in hourly["time"]
    ]
    out = {name: list(hourly[name]) for name in VARIABLES}
    if storm is not None and rain_day is not None:
        storm_start = datetime.datetime.combine(rain_day, datetime.time(storm["start_hour_utc"]))
        for i, mm in enumerate(storm["precipitation"]):
            at = (storm_start + datetime.timedelta(hours=i)).strftime("%Y-%m-%dT%H:%M")
            if at in times:
                k = times.index(at)
                out["precipitation"][k] = mm
                out["wind_speed_10m"][k] = storm["wind_speed_10m"][i]
    answer = {key: value for key, value in base.items() if key != "hourly"}
    answer["hourly"] = {"time": times, **out}
    return answer


class Handler(BaseHTTPRequestHandler):
    server_version = "FieldDeskWeatherReplay/1"

    def answer(self, status, body):
        data = json.dumps(body, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        if url.path == "/health":
            return self.answer(200, {"status": "ok"})
        if url.path != "/v1/forecast":
            return self.answer(404, {"error": True, "reason": "Not found"})
        query = parse_qs(url.query)
        try:
            latitude = float(query["latitude"][0])
            longitude = float(query["longitude"][0])
        except (KeyError, ValueError):
            return self.answer(400, {"error": True, "reason": "latitude and longitude needed"})
        wanted = query.get("hourly", [""])[0].split(",")
        unknown = [v for v in wanted if v not in VARIABLES]
        if unknown or not wanted or wanted == [""]:
            return self.answer(400, {"error": True, "reason": "unknown hourly variables"})
        if query.get("timezone", ["GMT"])[0] not in ("UTC", "GMT"):
            return self.answer(400, {"error": True, "reason": "only timezone=UTC is recorded"})
        settings = self.server.settings
        today = datetime.datetime.now(datetime.timezone.utc).date()
        rain_day = None if settings.dry else (settings.rain_day or next_weekday(today))
        forecast = build_forecast(self.server.base, self.server.storm, rain_day, today)
        forecast["latitude"] = latitude
        forecast["longitude"] = longitude
        forecast["hourly"] = {k: forecast["hourly"][k] for k in ["time", *wanted]}
        return self.answer(200, forecast)

    def log_message(self, fmt, *args):
        if not self.server.settings.quiet:
            sys.stderr.write("weather-replay: " + (fmt % args) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8099)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--recording", default=os.path.join(HERE, "recorded", "denver-december.json"))
    parser.add_argument("--storm", default=os.path.join(HERE, "recorded", "denver-storm.json"))
    parser.add_argument("--rain-day", type=datetime.date.fromisoformat, default=None)
    parser.add_argument("--dry", action="store_true", help="no storm: clear skies")
    parser.add_argument("--quiet", action="store_true")
    settings = parser.parse_args()
    server = ThreadingHTTPServer((settings.host, settings.port), Handler)
    server.settings = settings
    with open(settings.recording, encoding="utf-8") as f:
        server.base = json.load(f)
    with open(settings.storm, encoding="utf-8") as f:
        server.storm = json.load(f)
    print(f"weather replay on http://{settings.host}:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
