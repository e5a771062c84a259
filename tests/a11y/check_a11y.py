#!/usr/bin/python3
# check_a11y.py DRIVER [ADDRESS]: the wizard as a screen reader sees it, through the real accessibility
# API (AT-SPI, read with Debian's python3-pyatspi, hence /usr/bin/python3 and not another Python).
# DRIVER is tests/tools' mailfix-a11y-driver: it shows the real wizard and walks it through a whole check
# against the real-server harness, stopping on each page (welcome, account, checking, verdict, fix,
# check-again) until this script says "next". On each page, from AT-SPI alone:
#   - every showing, focusable control (buttons, check boxes, fields, combo boxes, lists, trees, links...)
#     has a name, and a role other than unknown/filler; a combo box's name is not just the value it shows;
#   - the verdict's headline (the driver prints it as the wizard shows it) can be read as text, through
#     the Text interface or the name;
#   - pressing Tab (a real key press, sent through AT-SPI's XTest) visits every such control once per
#     cycle and comes back to where it started; whatever it reaches has a name and a role; and it goes
#     down the page and from left to right in a row (once around, it goes back up only once).
#
# The session, as it works on Debian 12 with Qt 6.4 (integration.a11y in tests/integration/CMakeLists.txt):
#   harness.sh exec STATE xvfb-run -a dbus-run-session -- tests/a11y/check_a11y.py DRIVER
# xvfb-run gives the X display; dbus-run-session a private session bus on which the first AT-SPI call
# activates org.a11y.Bus (at-spi2-core's /usr/libexec/at-spi-bus-launcher, which starts the accessibility
# bus and at-spi2-registryd; no systemd needed). Qt turns its AT-SPI bridge on only when org.a11y.Status
# says a screen reader runs: QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (set below for the driver) turns it on
# regardless. dbus-daemon's "Failed to set fd limit" warning is harmless.
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

# roles of the controls a keyboard user reaches with Tab
CONTROL_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_LINK, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TABLE, pyatspi.ROLE_SLIDER, pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_PUSH_BUTTON_MENU, pyatspi.ROLE_PANEL, pyatspi.ROLE_SCROLL_PANE,  # a focusable pane: scrolls
}
NO_ROLES = {pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_FILLER, pyatspi.ROLE_INVALID}
# the items of lists, trees and tables: the view takes the Tab, its current item the focus within it
ITEM_ROLES = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TABLE_ROW}
TAB = 0xFF09  # the X keysym


def describe(a):
    return f"{a.getRoleName()} {a.name!r} ({a.path.rsplit('/', 1)[-1]})"


def showing_objects(root):
    """Every showing object below root, in tree order; hidden subtrees and combo boxes' lists skipped."""
    out = []

    def walk(a):
        for i in range(a.childCount):
            c = a.getChildAtIndex(i)
            if c is None or not c.getState().contains(pyatspi.STATE_SHOWING):
                continue
            out.append(c)
            if c.getRole() != pyatspi.ROLE_COMBO_BOX:  # its popup's items report "showing" while closed
                walk(c)

    walk(root)
    return out


def labels(a):
    """The names of the labels a control is labelled by (a label's buddy, a group box's title)."""
    out = []
    for relation in a.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            out += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    return [n for n in out if n.strip()]


def name_problem(a):
    """Why a focusable object fails the name and role check, or None."""
    if a.getRole() in NO_ROLES:
        return "no role (" + a.getRoleName() + ")"
    if not a.name.strip():
        return "no accessible name"
    # Qt names a combo box by the value it shows on Linux (setAccessibleName is not used there) and says
    # what it is through the label whose buddy it is
    if a.getRole() == pyatspi.ROLE_COMBO_BOX and not labels(a):
        return "no label says what it is (a QLabel with it as buddy)"
    return None


def focused(window):
    """The object with the keyboard focus: a view rather than its current item, which Qt reports as
    focused even when the view does not have the focus."""
    found = [a for a in showing_objects(window)
             if a.getState().contains(pyatspi.STATE_FOCUSED) and a.getState().contains(pyatspi.STATE_FOCUSABLE)]
    views = [a for a in found if a.getRole() not in ITEM_ROLES]
    return (views or found or [None])[0]


def press_tab(window, before):
    """Presses Tab; the object that has the focus afterwards (the same one when it did not move)."""
    pyatspi.Registry.generateKeyboardEvent(TAB, None, pyatspi.KEY_SYM)
    deadline = time.monotonic() + 3.0  # a busy machine: the key goes through the registry and the X server
    now = None
    while time.monotonic() < deadline:
        time.sleep(0.03)
        now = focused(window)
        if now is not None and (before is None or now.path != before.path):
            return now
    return now


def tab_cycle(window, controls, problems):
    start = focused(window) or press_tab(window, None)
    if start is None:
        problems.append("nothing has the keyboard focus, even after Tab")
        return
    seen = [start]
    # where each control is when Tab reaches it: a scrolling panel moves its content as the focus goes down
    places = [extents(start)]
    for _ in range(len(controls) + 10):
        now = press_tab(window, seen[-1])
        if now is None:
            problems.append(f"Tab after {describe(seen[-1])} left nothing focused")
            return
        if now.path == seen[-1].path and len(seen) > 1:
            problems.append(f"Tab does not move the focus from {describe(now)}")
            return
        if now.path == start.path:
            break
        if any(now.path == s.path for s in seen):
            problems.append(f"Tab reached {describe(now)} twice before coming back to {describe(start)}")
            return
        seen.append(now)
        places.append(extents(now))
    else:
        problems.append(f"Tab did not come back to {describe(start)} after {len(seen)} presses")
        return
    order = " -> ".join(describe(s) for s in seen)
    print("  tab order:", order)
    check_reading_order(seen, places, problems)
    paths = {s.path for s in seen}
    for c in controls:
        if c.path not in paths:
            problems.append(f"Tab skips {describe(c)}")
    checked = {c.path for c in controls}
    for s in seen:
        why = name_problem(s)
        if why and s.path not in checked:  # e.g. a label that takes the focus
            problems.append(f"Tab reaches {describe(s)}: {why}")


def extents(a):
    e = a.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return e.x, e.y, e.x + e.width, e.y + e.height


def check_reading_order(cycle, places, problems):
    """Tab goes down the page, and from left to right in a row: once around the cycle, exactly one step
    (from the last control back to the first) goes up. places: each control's extents when Tab reached it."""
    backwards = []
    steps = zip(zip(cycle, places), zip(cycle[1:] + cycle[:1], places[1:] + places[:1]))
    for (a, (al, at, ar, ab)), (b, (bl, bt, br, bb)) in steps:
        up = bb <= at  # b lies wholly above a
        left = bt < ab and at < bb and br <= al  # the same row, b wholly left of a
        if up or left:
            backwards.append(f"{describe(a)} -> {describe(b)} ({'up' if up else 'left'})")
    if len(backwards) > 1:
        problems.append("the tab order does not follow the page from top to bottom, left to right: "
                        + "; ".join(backwards))


def check_headline(objects, expected, problems):
    if not expected:
        problems.append("the driver saw no headline on the verdict page")
        return
    for a in objects:
        try:
            text = a.queryText().getText(0, -1)
        except NotImplementedError:
            text = None
        if text == expected or a.name == expected:
            print(f"  headline: {describe(a)} reads {expected!r}")
            return
    problems.append(f"no showing object reads the headline {expected!r} as text or as its name")


def check_page(window, page, headline):
    problems = []
    objects = showing_objects(window)
    controls = [a for a in objects
                if a.getState().contains(pyatspi.STATE_FOCUSABLE)
                and (a.getRole() in CONTROL_ROLES or a.getRole() in NO_ROLES)
                and a.getState().contains(pyatspi.STATE_ENABLED)]
    for c in controls:
        why = name_problem(c)
        if why:
            problems.append(f"{describe(c)}: {why}")
    for item in objects:  # the current item of each list, tree or table, which a screen reader reads
        if item.getRole() in ITEM_ROLES and item.getState().contains(pyatspi.STATE_FOCUSED) \
                and not item.name.strip():
            problems.append(f"{describe(item)}: the current item has no accessible name")
    if page == "verdict":
        check_headline(objects, headline, problems)
    tab_cycle(window, controls, problems)
    print(f"  {len(controls)} controls")
    return problems


def find_window(name, timeout=15):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount > 0:
                return app.getChildAtIndex(0)
        time.sleep(0.1)
    return None


def main():
    if len(sys.argv) < 2:
        print("usage: check_a11y.py DRIVER [ADDRESS]", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="mailfix-a11y.") as home:  # the wizard's settings: not the user's
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", XDG_CONFIG_HOME=home, XDG_RUNTIME_DIR=home)
        driver = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                  encoding="utf-8", env=env)
        try:
            return run(driver)
        finally:
            if driver.poll() is None:
                driver.kill()
                driver.wait()


def run(driver):
    expected_pages = ["welcome", "account", "checking", "verdict", "fix", "check-again"]
    failures, pages, headline, window = [], [], None, None
    for line in driver.stdout:
        line = line.rstrip("\n")
        if line.startswith("HEADLINE "):
            headline = line[len("HEADLINE "):]
            continue
        if not line.startswith("PAGE "):
            continue
        page = line[len("PAGE "):]
        pages.append(page)
        window = window or find_window(os.path.basename(sys.argv[1]))
        if window is None:
            failures.append("the wizard did not show up on the accessibility bus")
            break
        print(f"page {page}:")
        failures += [f"{page}: {p}" for p in check_page(window, page, headline)]
        driver.stdin.write("next\n")
        driver.stdin.flush()
    driver.stdin.close()
    if driver.wait(timeout=30) != 0:
        failures.append(f"the driver failed (exit code {driver.returncode})")
    if pages != expected_pages:
        failures.append(f"pages seen: {pages}, expected {expected_pages}")
    for f in failures:
        print("FAIL:", f)
    print("PASS" if not failures else f"{len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
