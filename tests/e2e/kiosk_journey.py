#!/usr/bin/python3
"""Drives the real kiosk binary by one-finger touch under a private Xvfb.

    tests/e2e/kiosk_journey.py journey --lang nl --role migrant [--shots DIR]
    tests/e2e/kiosk_journey.py idle --lang nl [--shots DIR]

The kiosk ($WEGWIJS_KIOSK, default build/native/wegwijs-kiosk) runs windowed at
--size (default 1920x1080) on its own Xvfb display (Xvfb picks a free :N through
-displayfd), with `--trace FILE` and `--config C`, where C is a copy of
assets/kiosk.json with absolute content/i18n paths (and, for `idle`, a short
inactivity_seconds). Input is synthetic pointer input through XTest (xdotool):
a tap is pointer down + up on one spot, a drag is pointer down, several moves and
up. No wheel, no keyboard, no --lang/--role/--screen shortcut.

What the kiosk shows is read from the trace: one JSON object per line, written
whenever what is on screen changes (screen, overlay, scroll, questions, and every
tappable widget with its rectangle and the region it is clipped to).

journey: language screen -> language -> every screen answered by its question
  types with one persona (single/yes-no: the persona's or the first option;
  multi: one option; date: year, month, day tiles; number: two pad digits; text:
  skipped) -> "finish". A target outside the scrolling body is brought into view
  by dragging (never by a shortcut); a screen without questions is read to its
  end by dragging. Asserts: "finish" is reached; every target outside the body
  was reached by dragging; drags scroll (the trace's "scroll" changes), and every
  page's end is reachable; a drag that starts on a button scrolls and does not
  press it; a flick glides on (the page moves at least 1.5x the finger's way);
  every screen opens scrolled to the top; one-tap answers move on by themselves
  (at least one; those that stay are listed); at the finish "stop and erase"
  asks first, "no" keeps the session and "yes" wipes it (back to the welcome).
  Before that, the hand-over: "make the code", the QR code read from a screenshot
  by zbarimg and opened with the gemeente's key by `wegwijs-cli open`.
  Prints taps, drags, time and the screens visited.
idle: tap the welcome, the language and two answers, then touch nothing. Asserts
  "are you still there?" comes within inactivity_seconds + 5 s of the last tap
  (not before inactivity_seconds - 1 s), and then the welcome screen with an
  empty session within inactivity + warning_seconds + 5 s (not before - 1 s).

Only Debian's python3 standard library; xdotool, Xvfb and ImageMagick's
`import` are run as subprocesses. Every process started here is ended here, by
its id (and dies with this script, through PR_SET_PDEATHSIG, if it is killed).
Exit status: 0 passed, 1 failed (one line per reason on stderr), 2 usage.
"""

import argparse
import ctypes
import json
import os
import select
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
T0 = time.monotonic()

# The persona (the audit's Amina; for the referent the same facts about the partner).
PERSONA = {
    "age_band": "30_49",
    "schooling_level": "primary",
    "latin_script": "a_little",
    "nl_diploma": "no",
    "dutch_level": "words",
    "work_experience": "no",
    "goal": "work",
    "children_care": "yes",
    "partner_dutch": "yes",
    "turkish": "no",
    "bring_referent": "yes",
    "languages": "arabic",
    "topics": "work",
    "card_date": (2026, 9, 15),
    "duo_letter_date": (2026, 10, 20),
    "together_since": (2025, 6, 15),
    "schooling_years": "12",
    "learning_hours": "10",
}
CHOICE_TYPES = ("single", "yesno", "yes_no")


class Fail(Exception):
    pass


def log(msg):
    print(f"[{time.monotonic() - T0:6.1f} s] {msg}", flush=True)


_libc = ctypes.CDLL(None, use_errno=True)


def _die_with_parent():
    # PR_SET_PDEATHSIG: the child gets SIGTERM when this script dies (e.g. a ctest timeout).
    _libc.prctl(1, signal.SIGTERM, 0, 0, 0)


# ---- geometry -----------------------------------------------------------------------------

def inter(a, b):
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return [x0, y0, x1, y1] if x1 > x0 and y1 > y0 else None


def inside(p, r):
    return r[0] <= p[0] < r[2] and r[1] <= p[1] < r[3]


def center(r):
    return ((r[0] + r[2]) / 2.0, (r[1] + r[3]) / 2.0)


def same_rect(a, b, tol=1.5):
    return all(abs(a[i] - b[i]) <= tol for i in range(4))


# ---- trace --------------------------------------------------------------------------------

def essence(s):
    """A trace state without its frame number: two states with the same essence look the same."""
    return json.dumps({k: v for k, v in s.items() if k != "frame"}, sort_keys=True)


def brief(s, limit=600):
    if s is None:
        return "(no trace line yet)"
    t = json.dumps(s, ensure_ascii=False)
    return t if len(t) <= limit else t[:limit] + f"... ({len(t)} chars)"


class Trace:
    """Follows the kiosk's --trace file (one JSON object per line)."""

    def __init__(self, path):
        self.path = path
        self.pos = 0
        self.buf = b""
        self.states = []  # (arrival time, state)
        self.changed_at = time.monotonic()

    def poll(self):
        try:
            with open(self.path, "rb") as f:
                f.seek(self.pos)
                data = f.read()
        except FileNotFoundError:
            return
        self.pos += len(data)
        self.buf += data
        while b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            if not line.strip():
                continue
            try:
                s = json.loads(line)
            except ValueError as e:
                raise Fail(f"trace line is not JSON ({e}): {line[:300]!r}")
            now = time.monotonic()
            if not self.states or essence(s) != essence(self.states[-1][1]):
                self.changed_at = now
            self.states.append((now, s))

    def last(self):
        self.poll()
        return self.states[-1][1] if self.states else None

    def wait(self, pred, what, timeout, where=None):
        """Polls until the newest state satisfies pred; returns it."""
        deadline = time.monotonic() + timeout
        while True:
            s = self.last()
            if s is not None and pred(s):
                return s
            if time.monotonic() > deadline:
                scr = where or (s["screen"] if s else "?")
                raise Fail(f"on screen '{scr}': expected {what} within {timeout:g} s; "
                           f"last trace line: {brief(s)}")
            time.sleep(0.03)

    def settle(self, quiet=0.3, timeout=8.0):
        """Waits until nothing on screen changed for `quiet` seconds (inertia, auto-advance ...)."""
        deadline = time.monotonic() + timeout
        while True:
            self.last()
            if time.monotonic() - self.changed_at >= quiet:
                return self.last()
            if time.monotonic() > deadline:
                raise Fail(f"the screen kept changing for {timeout:g} s; last trace line: {brief(self.last())}")
            time.sleep(0.03)


# ---- processes ----------------------------------------------------------------------------

class Xvfb:
    def __init__(self, width, height, workdir):
        self.proc = None
        r, w = os.pipe()
        self.logpath = os.path.join(workdir, "xvfb.log")
        with open(self.logpath, "wb") as logf:
            self.proc = subprocess.Popen(
                ["Xvfb", "-displayfd", str(w), "-screen", "0", f"{width}x{height}x24",
                 "-nolisten", "tcp", "-noreset"],
                pass_fds=(w,), stdout=logf, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                preexec_fn=_die_with_parent)
        os.close(w)
        buf = b""
        deadline = time.monotonic() + 15
        try:
            while not buf.endswith(b"\n"):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise Fail("Xvfb did not report a display within 15 s")
                ready, _, _ = select.select([r], [], [], left)
                if ready:
                    chunk = os.read(r, 64)
                    if not chunk:
                        raise Fail("Xvfb exited at start: " + open(self.logpath, errors="replace").read()[-500:])
                    buf += chunk
        finally:
            os.close(r)
        self.display = ":" + buf.decode().strip()

    def stop(self):
        stop_process(self.proc)


def stop_process(proc, grace=3.0):
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


class Kiosk:
    def __init__(self, exe, display, workdir, size, config, trace_path):
        self.display = display
        self.out = os.path.join(workdir, "kiosk.out")
        self.err = os.path.join(workdir, "kiosk.err")
        self.cmd = [exe, "--windowed", "--size", size, "--trace", trace_path, "--config", config]
        with open(self.out, "wb") as o, open(self.err, "wb") as e:
            self.proc = subprocess.Popen(self.cmd, cwd=ROOT, env=dict(os.environ, DISPLAY=display),
                                         stdin=subprocess.DEVNULL, stdout=o, stderr=e,
                                         preexec_fn=_die_with_parent)
        t = time.monotonic()
        while "wegwijs: ready" not in self.output("out"):
            if self.proc.poll() is not None:
                raise Fail(f"the kiosk exited with status {self.proc.returncode} at start: "
                           f"{' '.join(self.cmd)}\n{self.tail()}")
            if time.monotonic() - t > 30:
                raise Fail(f"the kiosk did not print 'wegwijs: ready' within 30 s\n{self.tail()}")
            time.sleep(0.05)
        self.ready_s = time.monotonic() - t
        self.origin = self.find_window()

    def output(self, which):
        try:
            return open(self.out if which == "out" else self.err, errors="replace").read()
        except FileNotFoundError:
            return ""

    def tail(self, n=15):
        lines = []
        for which in ("out", "err"):
            lines += [f"[kiosk std{which}] {l}" for l in self.output(which).splitlines()[-n:]]
        return "\n".join(lines)

    def find_window(self):
        """Top-left corner of the kiosk's window on the X screen (no window manager: usually 0,0)."""
        for _ in range(50):
            r = subprocess.run(["xdotool", "search", "--pid", str(self.proc.pid)], env=self.env(),
                               capture_output=True, text=True, timeout=10)
            for wid in r.stdout.split():
                g = subprocess.run(["xdotool", "getwindowgeometry", "--shell", wid], env=self.env(),
                                   capture_output=True, text=True, timeout=10)
                kv = dict(l.split("=", 1) for l in g.stdout.splitlines() if "=" in l)
                if int(kv.get("WIDTH", "0")) > 1:
                    return (int(kv["X"]), int(kv["Y"]))
            time.sleep(0.1)
        log("warning: could not find the kiosk's window with xdotool; assuming it is at 0,0")
        return (0, 0)

    def env(self):
        return dict(os.environ, DISPLAY=self.display)

    def alive(self):
        if self.proc.poll() is not None:
            raise Fail(f"the kiosk exited with status {self.proc.returncode}\n{self.tail()}")

    def stop(self):
        stop_process(self.proc)


# ---- the driver ---------------------------------------------------------------------------

class Driver:
    """Taps and drags on what the trace says is on screen; counts them."""

    def __init__(self, kiosk, trace, shots_dir, name):
        self.kiosk = kiosk
        self.trace = trace
        self.shots_dir = shots_dir
        self.name = name
        self.taps = 0
        self.drags = 0
        self.scrolling_drags = 0
        self.shots = []
        self.fold_targets = []  # (screen, widget, drags needed)
        self.last_input = time.monotonic()
        self.scale = 1.0  # trace pixels per pointer pixel (the kiosk: 1)

    # -- raw input (XTest through xdotool); x, y in framebuffer pixels of the kiosk window --
    def xdo(self, *args):
        self.kiosk.alive()
        r = subprocess.run(["xdotool", *map(str, args)], env=self.kiosk.env(), capture_output=True,
                           text=True, timeout=30)
        if r.returncode != 0:
            raise Fail(f"xdotool {' '.join(map(str, args[:6]))} ... failed: {r.stderr.strip()}")
        self.last_input = time.monotonic()

    def screen_xy(self, x, y):
        return int(round(self.kiosk.origin[0] + x)), int(round(self.kiosk.origin[1] + y))

    def raw_tap(self, x, y):
        sx, sy = self.screen_xy(x, y)
        self.xdo("mousemove", sx, sy, "sleep", "0.03", "mousedown", "1", "sleep", "0.06", "mouseup", "1")
        self.taps += 1

    def raw_drag(self, x, y, dx, dy, steps=None, hold=0.15, step_s=0.016):
        """Finger down at x,y, moves in small steps to x+dx,y+dy, stays still for `hold` s, lifts.
        Holding still before lifting means no flick: the page stops where the finger left it."""
        steps = steps or max(8, int(max(abs(dx), abs(dy)) / 30))
        sx, sy = self.screen_xy(x, y)
        args = ["mousemove", sx, sy, "sleep", "0.03", "mousedown", "1", "sleep", "0.05"]
        for i in range(1, steps + 1):
            px, py = self.screen_xy(x + dx * i / steps, y + dy * i / steps)
            args += ["mousemove", px, py, "sleep", str(step_s)]
        if hold > 0:
            args += ["sleep", str(hold)]
        args += ["mouseup", "1"]
        self.xdo(*args)
        self.drags += 1

    def screenshot(self, label):
        if not self.shots_dir:
            return None
        os.makedirs(self.shots_dir, exist_ok=True)
        path = os.path.join(self.shots_dir, f"journey-{self.name}-{label}.png")
        r = subprocess.run(["import", "-display", self.kiosk.display, "-window", "root", path],
                           capture_output=True, text=True, timeout=30)
        if r.returncode != 0:
            log(f"warning: screenshot {path} failed: {r.stderr.strip()}")
            return None
        self.shots.append(path)
        return path

    # -- widgets ------------------------------------------------------------------------------
    @staticmethod
    def find(s, wid, q=None):
        for t in s.get("tappables", []):
            if t["id"] == wid and (q is None or t.get("q", "") in ("", q)):
                return t
        return None

    @staticmethod
    def visible_part(t):
        return inter(t["rect"], t["clip"])

    @staticmethod
    def visible_enough(t, margin=2):
        v = inter(t["rect"], t["clip"])
        if not v:
            return False
        rh, ch = t["rect"][3] - t["rect"][1], t["clip"][3] - t["clip"][1]
        vh, vw = v[3] - v[1], v[2] - v[0]
        if rh <= ch - 2 * margin:
            return vh >= rh - 0.5 and vw >= min(24, t["rect"][2] - t["rect"][0])
        return vh >= min(60, ch / 2)

    def in_body(self, s, t):
        return same_rect(t["clip"], s["body"], 2) or inter(t["clip"], s["body"]) == t["clip"]

    def free_spot(self, s, y):
        """An x in the body where a finger pressing at height y touches no widget (the margins first)."""
        b = s["body"]
        xs = [b[0] + 14, b[2] - 14, (b[0] + b[2]) / 2, b[0] + (b[2] - b[0]) / 4, b[2] - (b[2] - b[0]) / 4]
        for x in xs:
            if not any(inside((x, y), self.visible_part(t) or [0, 0, 0, 0]) for t in s["tappables"]):
                return x
        return xs[0]

    def drag_by(self, s, dy_content, label):
        """Scrolls the body so that content moves up by dy_content px (finger moves up), from a spot on no widget."""
        b = s["body"]
        edge = min(40.0, (b[3] - b[1]) / 6)
        span = (b[3] - b[1]) - 2 * edge
        d = max(-span, min(span, dy_content))
        cy = (b[1] + b[3]) / 2.0
        y0 = cy + d / 2.0
        x = self.free_spot(s, y0)
        before = s["scroll"]
        self.raw_drag(x, y0, 0, -d)
        after = self.trace.settle()
        scrolled = abs(after["scroll"] - before) >= 1
        if scrolled:
            self.scrolling_drags += 1
        log(f"  {s['screen']}: drag {'up' if d > 0 else 'down'} {abs(d):.0f} px from ({x:.0f},{y0:.0f}) for {label}: "
            f"scroll {before:.0f} -> {after['scroll']:.0f} (max {after['scroll_max']:.0f})")
        return after, scrolled

    def ensure_visible(self, wid, q=None, max_drags=12):
        """Drags the body until widget `wid` is fully visible; returns its trace entry."""
        s = self.trace.settle()
        scr = s["screen"]
        used = 0
        stuck = 0
        while True:
            t = self.find(s, wid, q)
            if t is not None and self.visible_enough(t):
                if used:
                    self.fold_targets.append((scr, wid, used))
                return t, s
            if used >= max_drags:
                raise Fail(f"on screen '{scr}': could not bring {wid} into view with {used} drags; "
                           f"last trace line: {brief(s)}")
            if t is None:
                # Not laid out at all: look further down, then up.
                if s["scroll"] < s["scroll_max"] - 0.5:
                    need = (s["body"][3] - s["body"][1]) * 0.7
                elif s["scroll"] > 0.5:
                    need = -(s["body"][3] - s["body"][1]) * 0.7
                else:
                    ids = [x["id"] for x in s.get("tappables", [])]
                    raise Fail(f"on screen '{scr}': expected a widget {wid}"
                               f"{' for question ' + q if q else ''}, but the screen has {ids}; "
                               f"last trace line: {brief(s)}")
            else:
                if not self.in_body(s, t):
                    raise Fail(f"on screen '{scr}': {wid} lies outside the scrolling body but is not fully visible "
                               f"in its own region (rect {t['rect']}, clip {t['clip']})")
                # Bring the widget's centre to the body's centre (at most what one drag can do).
                need = center(t["rect"])[1] - center(s["body"])[1]
                if need > 0:
                    need = min(need, s["scroll_max"] - s["scroll"] + 10)
                else:
                    need = max(need, -s["scroll"] - 10)
                if abs(need) < 3:
                    raise Fail(f"on screen '{scr}': {wid} is not fully visible (rect {t['rect']}, clip {t['clip']}) "
                               f"but the body cannot scroll (scroll {s['scroll']}, max {s['scroll_max']})")
            s2, scrolled = self.drag_by(s, need, wid)
            used += 1
            stuck = 0 if scrolled else stuck + 1
            if stuck >= 2:
                raise Fail(f"on screen '{scr}': two drags to reach {wid} did not scroll "
                           f"(scroll {s2['scroll']}, max {s2['scroll_max']}); last trace line: {brief(s2)}")
            s = s2

    def tap(self, wid, expect, what, q=None, timeout=6.0, settle=True):
        t, s = self.ensure_visible(wid, q)
        x, y = center(self.visible_part(t))
        log(f"  {s['screen']}: tap {wid}{' (' + t.get('label', '') + ')' if t.get('label') else ''} at ({x:.0f},{y:.0f})")
        self.raw_tap(x, y)
        s2 = self.trace.wait(expect, what, timeout, where=s["screen"])
        return self.trace.settle() if settle else s2


def answered(s, qid):
    return any(q["id"] == qid and q.get("answered") for q in s.get("questions", []))


def question(s, qid):
    for q in s.get("questions", []):
        if q["id"] == qid:
            return q
    return None


def options_for(s, qid, prefix):
    return [t for t in s.get("tappables", []) if t["id"].startswith(prefix) and t.get("q", "") in ("", qid)]


# ---- the journey --------------------------------------------------------------------------

class Journey:
    SHOT_SCREENS = ("start", "q_card", "q_school_years", "q_languages", "route_result", "review", "finish")

    def __init__(self, d, lang, role):
        self.d = d
        self.lang = lang
        self.role = role
        self.visited = []
        self.problems = []
        self.button_drag_checked = None
        self.flick = None
        self.auto_advanced = []
        self.stayed = []

    def run(self):
        d = self.d
        start_at_welcome(d)
        s = d.trace.wait(lambda s: s["screen"] == "language", "the language screen", 20, where="(start)")
        d.trace.settle()
        d.screenshot("00-language")
        self.visited.append("language")
        d.tap(f"##lang-{self.lang}", lambda s: s["screen"] != "language", "to leave the language screen")
        actions_here = 0
        total = 0
        handled = set()
        read = set()
        while True:
            s = d.trace.settle()
            scr = s["screen"]
            if scr != self.visited[-1]:
                self.arrive(s)
                actions_here = 0
                handled = set()
                read = set()
            if scr == "finish":
                break
            if scr == "language":
                raise Fail(f"the kiosk went back to the language screen during the journey (after "
                           f"'{self.visited[-2] if len(self.visited) > 1 else '?'}'); last trace line: {brief(s)}")
            if s.get("overlay"):
                raise Fail(f"on screen '{scr}': unexpected overlay '{s['overlay']}'; last trace line: {brief(s)}")
            actions_here += 1
            total += 1
            if actions_here > 25 or total > 400:
                raise Fail(f"on screen '{scr}': stuck after {actions_here} actions; last trace line: {brief(s)}")
            if self.button_drag_checked is None:
                self.try_button_drag(s)
                s = d.trace.settle()
            if not s.get("questions") and scr not in read and s["scroll_max"] > 0:
                read.add(scr)
                s = self.read_to_end(s)
            pending = [q for q in s.get("questions", []) if not q.get("answered") and q["id"] not in handled]
            if pending:
                q = pending[0]
                handled.add(q["id"])
                self.answer(s, q)
                continue
            qs = s.get("questions", [])
            if qs and all(q["type"] == "text" and not q.get("answered") for q in qs) and d.find(s, "##skip"):
                d.tap("##skip", lambda x: x["screen"] != scr, "another screen after ##skip")
            else:
                d.tap("##next", lambda x: x["screen"] != scr or x.get("overlay"), "another screen after ##next")

    def stop_and_erase(self):
        """At the finish: 'Stop and erase' asks first; 'no' keeps everything, 'yes' wipes it."""
        d = self.d
        d.tap("##top-stop", lambda x: x.get("overlay") == "stop_confirm", "the stop-and-erase confirmation after ##top-stop")
        d.screenshot(f"{len(self.visited):02d}-stop-confirm")
        s = d.tap("##stop-no", lambda x: not x.get("overlay"), "the confirmation to close after ##stop-no")
        if s["screen"] != "finish" or s.get("session_empty"):
            raise Fail(f"'no' in the stop-and-erase confirmation did not keep the session on the finish screen; "
                       f"last trace line: {brief(s)}")
        d.tap("##top-stop", lambda x: x.get("overlay") == "stop_confirm", "the stop-and-erase confirmation after ##top-stop")
        d.tap("##stop-yes", lambda x: x["screen"] == "attract" and x.get("session_empty") and not x.get("overlay"),
              "the welcome screen with an empty session after ##stop-yes")

    def arrive(self, s):
        scr = s["screen"]
        self.visited.append(scr)
        log(f"screen {len(self.visited) - 1}: {scr} (scroll {s['scroll']:.0f} of {s['scroll_max']:.0f}, "
            f"{len(s.get('questions', []))} question(s), {len(s.get('tappables', []))} tappables)")
        if abs(s["scroll"]) > 0.5:
            self.problems.append(f"screen '{scr}' opened scrolled to {s['scroll']:.0f} px instead of the top")
        if scr in self.SHOT_SCREENS and scr not in self.visited[:-1]:
            self.d.screenshot(f"{len(self.visited) - 1:02d}-{scr}")

    def answer(self, s, q):
        d = self.d
        qid, typ, scr = q["id"], q["type"], s["screen"]
        if typ in CHOICE_TYPES or typ == "multi":
            want = self.role if qid == "role" else PERSONA.get(qid)
            opts = options_for(s, qid, "##opt-")
            if not opts:
                raise Fail(f"on screen '{scr}': question {qid} ({typ}) has no ##opt-* tappables; last trace line: {brief(s)}")
            wid = f"##opt-{want}" if want and any(o["id"] == f"##opt-{want}" for o in opts) else opts[0]["id"]
            s2 = d.tap(wid, lambda x: x["screen"] != scr or answered(x, qid),
                       f"question {qid} answered (or the next screen) after {wid}", q=qid)
            if s2["screen"] == scr and typ in CHOICE_TYPES and len(s2.get("questions", [])) == 1:
                # One single-choice question: the app moves on by itself after ~0.3 s.
                try:
                    s2 = d.trace.wait(lambda x: x["screen"] != scr, "auto-advance", 2.5, where=scr)
                except Fail:
                    # Allowed (an answer that brings a note to read stays), but not everywhere.
                    self.stayed.append(scr)
            if s2["screen"] != scr:
                self.auto_advanced.append(scr)
        elif typ == "date":
            y, m, dd = PERSONA.get(qid, (None, None, None))
            if not options_for(s, qid, "##year-") and d.find(s, "##date-change", qid):
                s = d.tap("##date-change", lambda x: bool(options_for(x, qid, "##year-")),
                          "year tiles after ##date-change", q=qid)
            years = [t for t in options_for(s, qid, "##year-") if t["id"][7:].isdigit()]
            if not years:
                raise Fail(f"on screen '{scr}': date question {qid} shows no ##year-* tiles; last trace line: {brief(s)}")
            wid = f"##year-{y}" if any(t["id"] == f"##year-{y}" for t in years) else years[0]["id"]
            s = d.tap(wid, lambda x: bool(options_for(x, qid, "##month-")) or answered(x, qid) or x["screen"] != scr,
                      f"month tiles after {wid}", q=qid)
            months = options_for(s, qid, "##month-")
            if months and s["screen"] == scr:
                wid = f"##month-{m}" if any(t["id"] == f"##month-{m}" for t in months) else months[0]["id"]
                s = d.tap(wid, lambda x: bool(options_for(x, qid, "##day-")) or answered(x, qid) or x["screen"] != scr,
                          f"day tiles after {wid}", q=qid)
            days = options_for(s, qid, "##day-")
            if days and s["screen"] == scr:
                wid = f"##day-{dd}" if any(t["id"] == f"##day-{dd}" for t in days) else days[0]["id"]
                s = d.tap(wid, lambda x: answered(x, qid) or x["screen"] != scr, f"question {qid} answered after {wid}", q=qid)
            if s["screen"] == scr and not answered(s, qid):
                raise Fail(f"on screen '{scr}': date question {qid} is not answered after year, month and day; "
                           f"last trace line: {brief(s)}")
            if s["screen"] == scr and len(s.get("questions", [])) == 1:
                # The day completes a one-tap answer: the app may move on by itself; never race it.
                try:
                    s = d.trace.wait(lambda x: x["screen"] != scr, "auto-advance", 1.5, where=scr)
                except Fail:
                    pass
            if s["screen"] == scr:
                d.screenshot(f"{len(self.visited) - 1:02d}-{scr}-answered")
            else:
                self.auto_advanced.append(scr)
        elif typ == "number":
            digits = PERSONA.get(qid, "12")
            for i, c in enumerate(digits):
                if i == 0:
                    s = d.tap(f"##pad-{c}", lambda x: answered(x, qid) or x["screen"] != scr,
                              f"question {qid} answered after ##pad-{c}", q=qid)
                else:
                    s = d.tap(f"##pad-{c}", lambda x: True, "nothing", q=qid)
            if s["screen"] == scr and not answered(s, qid):
                raise Fail(f"on screen '{scr}': number question {qid} not answered after pad taps; last trace line: {brief(s)}")
        elif typ == "text":
            log(f"  {scr}: text question {qid}: left unanswered (no keyboard at the kiosk)")
        else:
            log(f"  {scr}: question {qid} of unknown type {typ}: left unanswered")

    def read_to_end(self, s):
        """A person reads an information screen to its end by dragging (once per journey by a flick,
        which must glide on: the page moves further than the finger)."""
        d = self.d
        scr = s["screen"]
        b = s["body"]
        body_h = b[3] - b[1]
        if self.flick is None and s["scroll_max"] - s["scroll"] >= 2.5 * body_h:
            dist = min(200.0 * d.scale, body_h * 0.4)
            y0 = (b[1] + b[3]) / 2 + dist / 2
            x = d.free_spot(s, y0)
            before = s["scroll"]
            d.raw_drag(x, y0, 0, -dist, steps=5, hold=0, step_s=0.012)
            s = d.trace.settle()
            moved = s["scroll"] - before
            log(f"  {scr}: flick up {dist:.0f} px: scroll {before:.0f} -> {s['scroll']:.0f} (glided {moved - dist:.0f} px further)")
            if moved < 1.5 * dist:
                raise Fail(f"on screen '{scr}': a flick of {dist:.0f} px scrolled {moved:.0f} px: the page does not glide on "
                           f"(no inertia); last trace line: {brief(s)}")
            d.scrolling_drags += 1
            self.flick = (scr, dist, moved)
        for _ in range(20):
            if s["scroll"] >= s["scroll_max"] - 1:
                log(f"  {scr}: read to the end (scroll {s['scroll']:.0f} of {s['scroll_max']:.0f})")
                if scr in self.SHOT_SCREENS:
                    d.screenshot(f"{len(self.visited) - 1:02d}-{scr}-end")
                return s
            s, scrolled = d.drag_by(s, s["scroll_max"] - s["scroll"] + 20, "reading on")
            if not scrolled:
                raise Fail(f"on screen '{scr}': a drag did not scroll although the page is not at its end "
                           f"(scroll {s['scroll']}, max {s['scroll_max']}); last trace line: {brief(s)}")
        raise Fail(f"on screen '{scr}': 20 drags did not reach the end of the page (scroll {s['scroll']}, max {s['scroll_max']})")

    def try_button_drag(self, s):
        """Once per journey: a drag that starts on a button in a scrollable body must scroll and press nothing."""
        if s["scroll_max"] < 40:
            return
        b = s["body"]
        d = self.d
        up = s["scroll"] < s["scroll_max"] - 40  # finger moves up: content scrolls down
        dist = 120.0
        for t in s.get("tappables", []):
            if not self.d.in_body(s, t) or not d.visible_enough(t):
                continue
            x, y = center(d.visible_part(t))
            y2 = y - dist if up else y + dist
            if not (b[1] + 10 < y2 < b[3] - 10):
                continue
            before = s
            log(f"  {s['screen']}: drag that starts on {t['id']} ({t.get('label', '')}) {'up' if up else 'down'} {dist:.0f} px")
            d.raw_drag(x, y, 0, y2 - y)
            time.sleep(0.8)  # long enough for a press to act (auto-advance is ~0.3 s)
            after = d.trace.settle()
            pressed = []
            if after["screen"] != before["screen"]:
                pressed.append(f"the screen changed to '{after['screen']}'")
            if after.get("overlay") != before.get("overlay"):
                pressed.append(f"the overlay changed to '{after.get('overlay')}'")
            if [(q["id"], q.get("answered")) for q in after.get("questions", [])] != \
                    [(q["id"], q.get("answered")) for q in before.get("questions", [])]:
                pressed.append(f"the answers changed: {before.get('questions')} -> {after.get('questions')}")
            if pressed:
                raise Fail(f"on screen '{before['screen']}': a drag that started on {t['id']} pressed it: "
                           + "; ".join(pressed))
            if abs(after["scroll"] - before["scroll"]) < 20:
                raise Fail(f"on screen '{before['screen']}': a {dist:.0f} px drag that started on {t['id']} scrolled "
                           f"{after['scroll'] - before['scroll']:.0f} px (scroll {before['scroll']} -> {after['scroll']})")
            d.scrolling_drags += 1
            self.button_drag_checked = (before["screen"], t["id"], after["scroll"] - before["scroll"])
            return


# ---- commands -----------------------------------------------------------------------------

def start_at_welcome(d):
    """The lobby kiosk opens on its welcome (assets/kiosk.json "attract"): tap it."""
    s = d.trace.wait(lambda s: s["screen"] in ("attract", "language"), "the welcome or language screen", 20,
                     where="(start)")
    if s["screen"] == "attract":
        d.trace.settle()
        d.screenshot("00-welcome")
        d.tap("##attract-start", lambda x: x["screen"] == "language", "the language screen after the welcome")


def write_config(workdir, inactivity, handover_key):
    with open(os.path.join(ROOT, "assets", "kiosk.json")) as f:
        c = json.load(f)
    base = os.path.join(ROOT, "assets")

    def absolute(p):
        return p if os.path.isabs(p) else os.path.normpath(os.path.join(base, p))

    for k in ("content_dir", "i18n_dir"):
        c[k] = absolute(c[k])
    for script, files in c.get("fonts", {}).items():
        for k in files:
            files[k] = absolute(files[k])
    c["endonym_fonts"] = [absolute(p) for p in c.get("endonym_fonts", [])]
    c["fullscreen"] = False
    c["handover_key"] = handover_key
    if inactivity:
        c["inactivity_seconds"] = inactivity
        c["warning_seconds"] = 20  # the shortest "are you still there?" allowed
    path = os.path.join(workdir, "kiosk.json")
    with open(path, "w") as f:
        json.dump(c, f, indent=2)
    return path, (c.get("inactivity_seconds", 90), c.get("warning_seconds", 30))


def run(args):
    kiosk_exe = os.path.abspath(args.kiosk or os.environ.get("WEGWIJS_KIOSK") or
                                os.path.join(ROOT, "build", "native", "wegwijs-kiosk"))
    if not os.access(kiosk_exe, os.X_OK):
        raise Fail(f"kiosk binary not found or not executable: {kiosk_exe} (build it, or set WEGWIJS_KIOSK)")
    for tool in ("Xvfb", "xdotool"):
        if not any(os.access(os.path.join(p, tool), os.X_OK) for p in os.environ.get("PATH", "").split(":")):
            raise Fail(f"{tool} is missing: apt-get install xvfb xdotool (scripts/setup installs them)")
    shots = args.shots or os.path.join(os.path.dirname(kiosk_exe), "screenshots")
    name = f"kiosk-{args.lang}-{args.role}" if args.command == "journey" else f"kiosk-idle-{args.lang}"
    w, h = (int(v) for v in args.size.split("x"))
    xvfb = kiosk = None
    d = None
    with tempfile.TemporaryDirectory(prefix="wegwijs-e2e.") as work:
        try:
            args.cli = os.path.join(os.path.dirname(kiosk_exe), "wegwijs-cli")
            keys = os.path.join(work, "keys")
            subprocess.run([args.cli, "keygen", "--out", keys], check=True, capture_output=True, timeout=30)
            args.gemeente_key = os.path.join(keys, "gemeente.key")
            config, inactivity = write_config(work, args.inactivity if args.command == "idle" else None,
                                              os.path.join(keys, "gemeente.pub"))
            xvfb = Xvfb(w, h, work)
            trace_path = os.path.join(work, "trace.jsonl")
            kiosk = Kiosk(kiosk_exe, xvfb.display, work, args.size, config, trace_path)
            log(f"{name}: kiosk ready in {kiosk.ready_s:.1f} s on display {xvfb.display}, window at {kiosk.origin}")
            trace = Trace(trace_path)
            if os.path.isdir(shots):  # no stale screenshots (a FAILED one) from an earlier run
                for f in os.listdir(shots):
                    if f.startswith(f"journey-{name}-") and f.endswith(".png"):
                        os.remove(os.path.join(shots, f))
            d = Driver(kiosk, trace, shots, name)
            if args.command == "journey":
                journey(d, args)
            else:
                idle(d, args, inactivity)
            kiosk.alive()
            return 0
        except Fail as e:
            if d is not None:
                try:
                    p = d.screenshot("FAILED")
                    if p:
                        print(f"screenshot at failure: {p}", file=sys.stderr)
                except Exception:
                    pass
            for line in str(e).splitlines():
                print(f"{name}: FAIL: {line}", file=sys.stderr)
            if kiosk is not None and kiosk.output("err").strip():
                print(kiosk.tail(), file=sys.stderr)
            return 1
        finally:
            if kiosk is not None:
                kiosk.stop()
            if xvfb is not None:
                xvfb.stop()


def handover(d, args):
    """At the finish: make the hand-over code, photograph the screen, read the QR code from the
    picture with a real decoder (zbarimg) and open it with the gemeente's key (wegwijs-cli open)."""
    s = d.trace.settle()
    d.tap("##make-code", lambda x: d.find(x, "##handover-qr") is not None, "the QR code after ##make-code")
    t, s = d.ensure_visible("##handover-qr", None)
    d.trace.settle()
    shot = d.screenshot("handover-qr")
    if not shot:
        raise Fail("no screenshot of the QR code")
    r = subprocess.run(["zbarimg", "--raw", "-q", shot], capture_output=True, text=True, timeout=60)
    code = r.stdout.strip()
    if r.returncode != 0 or not code.startswith("WW1:"):
        raise Fail(f"zbarimg read no hand-over code from the kiosk's screen ({shot}): rc {r.returncode}, "
                   f"{(r.stdout + r.stderr).strip()[:200]}")
    o = subprocess.run([args.cli, "open", "--key", args.gemeente_key, "--format", "json"], input=code,
                       capture_output=True, text=True, timeout=30)
    if o.returncode != 0:
        raise Fail(f"wegwijs-cli open refused the code read from the screen: {o.stderr.strip()[:300]}")
    summary = json.loads(o.stdout)
    if summary.get("role") != args.role:
        raise Fail(f"the opened summary's role is {summary.get('role')!r}, not {args.role!r}")
    log(f"  hand-over: a {len(code)}-character code read from the screen and opened ({len(summary.get('answers', []))} answers)")


def journey(d, args):
    t0 = time.monotonic()
    j = Journey(d, args.lang, args.role)
    j.run()
    took = time.monotonic() - t0
    taps, drags, scrolled = d.taps, d.drags, d.scrolling_drags
    handover(d, args)
    j.stop_and_erase()
    failures = list(j.problems)
    if d.scrolling_drags == 0:
        failures.append("no drag scrolled anything on the whole journey (compare 'scroll' before and after)")
    if not j.auto_advanced:
        failures.append("no screen moved on by itself after a one-tap answer")
    if j.flick is None:
        failures.append("no page was long enough for a flick, so 'a flick glides on' was never checked")
    if j.button_drag_checked is None:
        failures.append("no screen had a button in a scrollable body, so 'a drag that starts on a button scrolls "
                        "and does not press it' was never checked")
    print(f"\n{d.name}: reached 'finish' by touch: {taps} taps, {drags} drags "
          f"({scrolled} scrolled), {took:.1f} s, {len(j.visited)} screens")
    print("  screens: " + " -> ".join(j.visited))
    if d.fold_targets:
        print("  reached by dragging: " + ", ".join(f"{s}:{w} ({n})" for s, w, n in d.fold_targets))
    if j.auto_advanced:
        print("  auto-advanced after the answer: " + ", ".join(j.auto_advanced))
    if j.stayed:
        print("  stayed after a one-tap answer (Next tapped): " + ", ".join(j.stayed))
    if j.button_drag_checked:
        s, w, dy = j.button_drag_checked
        print(f"  drag starting on {w} ({s}) scrolled {dy:.0f} px and pressed nothing")
    if j.flick:
        s, dist, moved = j.flick
        print(f"  flick of {dist:.0f} px on {s} scrolled {moved:.0f} px")
    print("  stop and erase at the finish: asked first; 'no' kept the session, 'yes' wiped it")
    for p in d.shots:
        print(f"  screenshot {p}")
    if failures:
        raise Fail("\n".join(failures))
    print(f"{d.name}: OK")


def idle(d, args, timing):
    inactivity, warning = timing
    tr = d.trace
    start_at_welcome(d)
    tr.wait(lambda s: s["screen"] == "language", "the language screen", 20, where="(start)")
    tr.settle()
    d.tap(f"##lang-{args.lang}", lambda s: s["screen"] != "language", "to leave the language screen")
    answers = 0
    for _ in range(15):
        s = tr.settle()
        scr = s["screen"]
        pending = [q for q in s.get("questions", []) if not q.get("answered") and
                   (q["type"] in CHOICE_TYPES or q["type"] == "multi")]
        if pending:
            q = pending[0]
            want = "migrant" if q["id"] == "role" else PERSONA.get(q["id"])
            opts = options_for(s, q["id"], "##opt-")
            wid = f"##opt-{want}" if any(o["id"] == f"##opt-{want}" for o in opts) else opts[0]["id"]
            d.tap(wid, lambda x, qid=q["id"]: answered(x, qid) or x["screen"] != scr, f"{q['id']} answered", q=q["id"])
            answers += 1
            if answers == 2:
                break
        elif s.get("questions") and d.find(s, "##skip"):
            d.tap("##skip", lambda x: x["screen"] != scr, "another screen after ##skip")
        else:
            d.tap("##next", lambda x: x["screen"] != scr, "another screen after ##next")
    if answers < 2:
        raise Fail(f"found only {answers} choice question(s) in the first 15 taps")
    last = d.last_input
    s = tr.settle()
    d.screenshot("before-idle")
    if s["screen"] in ("language", "attract") or s.get("session_empty", True):
        raise Fail(f"after {d.taps} taps and {answers} answers the session is empty or the language screen is back "
                   f"already; last trace line: {brief(s)}")
    log(f"{d.name}: {d.taps} taps, {answers} answers on '{s['screen']}'; now touching nothing "
        f"(inactivity_seconds {inactivity})")
    # First "are you still there?", at inactivity_seconds after the last tap.
    deadline = last + inactivity + 5
    asked = None
    while time.monotonic() < deadline:
        s = tr.last()
        d.kiosk.alive()
        if s.get("overlay") == "still_there":
            asked = time.monotonic()
            break
        time.sleep(0.05)
    if asked is None:
        raise Fail(f"no \"are you still there?\" within inactivity_seconds + 5 = {inactivity + 5} s after the last "
                   f"tap; last trace line: {brief(tr.last())}")
    if asked - last < inactivity - 1:
        raise Fail(f"it asked {asked - last:.1f} s after the last tap, before inactivity_seconds - 1 = {inactivity - 1} s")
    log(f"  \"are you still there?\" {asked - last:.1f} s after the last tap ({s.get('seconds_left')} s left)")
    if s.get("session_empty"):
        raise Fail("the session was already empty while it asked")
    time.sleep(1.5)
    d.screenshot("still-there")
    # Nobody answers: the wipe, back to the welcome, warning_seconds later.
    deadline = last + inactivity + warning + 5
    seen = None
    while time.monotonic() < deadline:
        s = tr.last()
        d.kiosk.alive()
        if s["screen"] == "attract" and not s.get("overlay") and seen is None:
            seen = time.monotonic()
            log(f"  the welcome screen is back {seen - last:.1f} s after the last tap")
        if seen is not None and s.get("session_empty"):
            break
        time.sleep(0.05)
    s = tr.last()
    limit = inactivity + warning
    if seen is None:
        raise Fail(f"the welcome screen did not come back within inactivity + warning + 5 = {limit + 5} s "
                   f"after the last tap; last trace line: {brief(s)}")
    if seen - last < limit - 1:
        raise Fail(f"the session was wiped {seen - last:.1f} s after the last tap, before inactivity + warning - 1 = "
                   f"{limit - 1} s")
    if not s.get("session_empty"):
        raise Fail(f"the welcome screen is back but session_empty is not true; last trace line: {brief(s)}")
    d.screenshot("after-idle")
    for p in d.shots:
        print(f"  screenshot {p}")
    print(f"{d.name}: OK: asked after {asked - last:.1f} s, wiped {seen - last:.1f} s after the last of {d.taps} taps "
          f"(inactivity_seconds {inactivity}, warning_seconds {warning})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("command", choices=("journey", "idle"))
    ap.add_argument("--lang", default="nl")
    ap.add_argument("--role", default="migrant", choices=("migrant", "referent"))
    ap.add_argument("--size", default="1920x1080")
    ap.add_argument("--kiosk", help="the kiosk binary (default $WEGWIJS_KIOSK or build/native/wegwijs-kiosk)")
    ap.add_argument("--shots", help="folder for screenshots (default: screenshots/ beside the kiosk binary)")
    ap.add_argument("--inactivity", type=int, default=15, help="inactivity_seconds for `idle` (>= 15)")
    ap.add_argument("--timeout", type=float, default=150, help="give up after this many seconds in total")
    args = ap.parse_args()
    if not __import__("re").fullmatch(r"\d+x\d+", args.size):
        ap.error("--size must be WxH")

    def on_signal(signum, _frame):
        raise Fail(f"stopped by signal {signum}")

    def on_alarm(_signum, _frame):
        raise Fail(f"gave up after {args.timeout:g} s in total")

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, args.timeout)
    sys.exit(run(args))


if __name__ == "__main__":
    main()
