#!/usr/bin/python3
"""Reads SpineSignal's accessibility tree the way a screen reader does (AT-SPI over D-Bus) and
reports every interactive control a screen reader could not name: no accessible name, a combo box
without a label (Qt on Linux names a combo box by its value), or two controls of one kind with
the same name.

For each of the six areas it selects the area through the accessible navigation list (as an
assistive-technology user would), walks the showing part of the window and checks each push button,
check box, radio button, combo box, spin box, slider, text field, list/table/tree view, tab and
calendar. One line per area, then a total; exit 0 when every control is named, 1 when some are not,
2 when the application could not be found or driven.

usage: read-a11y-tree.py [--app-pid PID] [--timeout SECONDS] [--areas N] [--verbose]
Run inside the same D-Bus session as the application, which must be started with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (see run-a11y-check.sh).
"""
import argparse
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_DATE_EDITOR,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_CALENDAR,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_DIAL,
}


def find_app(pid, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            try:
                if (pid and app.get_process_id() == pid) or (not pid and app.name.lower() == "spinesignal"):
                    for j in range(app.childCount):
                        window = app.getChildAtIndex(j)
                        if window is not None and window.getRole() == pyatspi.ROLE_FRAME:
                            return app, window
            except Exception:  # an application that went away while we looked
                continue
        time.sleep(0.2)
    return None, None


def walk(node, out, depth=0):
    """Collects showing interactive nodes below `node` (children of a control are checked too:
    tabs inside a tab bar, for instance)."""
    if depth > 60:
        return
    try:
        state = node.getState()
        role = node.getRole()
    except Exception:
        return
    if not state.contains(pyatspi.STATE_SHOWING):
        return
    if role in INTERACTIVE:
        out.append(node)
    # The rows of a list/table/tree are data, named by their text: the view itself is the control.
    if role in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
                pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_CALENDAR):
        return
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(min(count, 2000)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, out, depth + 1)


def label_of(node):
    """The text of the label linked to `node` (AT-SPI labelled-by relation), or ''."""
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None and (target.name or "").strip():
                        return target.name.strip()
    except Exception:
        pass
    return ""


def problem_of(node):
    """Why a screen reader could not say what `node` is for, or None."""
    name = (node.name or "").strip()
    if node.getRole() == pyatspi.ROLE_COMBO_BOX:
        # On Linux Qt gives a combo box its current value as the name; what it is for comes from
        # its label (the labelled-by relation of a buddy label).
        if not label_of(node):
            return "no label (its name is only its value '%s')" % name
        return None
    if not name:
        return "no name"
    return None


def describe(node):
    try:
        parent = node.parent
        parent_text = "%s '%s'" % (parent.getRoleName(), parent.name) if parent is not None else "-"
    except Exception:
        parent_text = "?"
    text = ""
    try:
        ti = node.queryText()
        text = ti.getText(0, min(ti.characterCount, 40))
    except Exception:
        pass
    return "%s (in %s)%s" % (node.getRoleName(), parent_text, (" text='%s'" % text) if text else "")


def find_navigation(window):
    """The area list: a showing list of exactly six items that is not a combo box's pop-up."""
    stack = [(window, False)]
    while stack:
        node, in_combo = stack.pop()
        try:
            role = node.getRole()
            if not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            if (role in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX) and not in_combo
                    and node.childCount == 6):
                return node
            in_combo = in_combo or role == pyatspi.ROLE_COMBO_BOX
            stack.extend((node.getChildAtIndex(i), in_combo) for i in range(node.childCount))
        except Exception:
            continue
    return None


def find_page(window, name, navigation):
    """The showing area page named `name` (the main window names each page after its area)."""
    stack = [window]
    while stack:
        node = stack.pop()
        try:
            if node == navigation or not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            if node.name == name and node.getRole() != pyatspi.ROLE_LIST_ITEM:
                return node
            if node.getRole() in INTERACTIVE:
                continue
            stack.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        except Exception:
            continue
    return None


def is_inside(node, ancestor):
    while node is not None:
        if node == ancestor:
            return True
        node = node.parent
    return False


def check_screen(window, title, totals, verbose):
    """Checks every showing control of the window; prints one line (and the problems)."""
    controls = []
    walk(window, controls)
    missing = [(c, problem_of(c)) for c in controls]
    missing = [(c, why) for c, why in missing if why]
    # Two controls of one kind with one name cannot be told apart (e.g. both named after their
    # group box).
    seen = {}
    for c in controls:
        key = (c.getRole(), (c.name or "").strip(), label_of(c))
        if key[1] and not any(c == m for m, _ in missing):
            seen.setdefault(key, []).append(c)
    for same in seen.values():
        if len(same) > 1:
            missing.extend((c, "same name as another %s" % c.getRoleName()) for c in same)
    totals["described"] += sum(1 for c in controls if (c.description or "").strip())
    totals["controls"] += len(controls)
    totals["unnamed"] += len(missing)
    totals["screens"] += 1
    print("%s: %d controls, %d without a usable name" % (title, len(controls), len(missing)))
    for c, why in missing:
        print("  UNNAMED: %s: %s" % (describe(c), why))
    if verbose:
        for c in controls:
            label = label_of(c)
            print("    %s '%s'%s — %s" % (c.getRoleName(), c.name, (" label '%s'" % label) if label else "",
                                           c.description))
    return controls


def select_area(navigation, index):
    """Selects an area as a screen-reader user would: the list's Selection interface, else the
    item's default action."""
    item = navigation.getChildAtIndex(index)
    try:
        sel = navigation.querySelection()
        sel.clearSelection()
        if sel.selectChild(index):
            return item
    except NotImplementedError:
        pass
    action = item.queryAction()
    action.doAction(0)
    return item


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app-pid", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=20)
    parser.add_argument("--areas", type=int, default=6)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    app, window = find_app(args.app_pid, args.timeout)
    if window is None:
        print("FAIL: no SpineSignal window on the accessibility bus")
        return 2
    navigation = find_navigation(window)
    if navigation is None:
        print("FAIL: the area navigation list is not in the accessibility tree")
        return 2
    print("navigation: %s '%s'" % (navigation.getRoleName(), navigation.name))
    if not navigation.name:
        print("UNNAMED: the area navigation list")

    totals = {"controls": 0, "unnamed": 0, "described": 0, "screens": 0}
    for index in range(args.areas):
        item = select_area(navigation, index)
        area_name = item.name
        # The page switches in the app's event loop; give the bus a moment to deliver its tree.
        deadline = time.monotonic() + 5
        while True:
            page = find_page(window, area_name, navigation)
            if page is not None:
                break
            if time.monotonic() > deadline:
                print("FAIL: selecting area %d (%s) did not show its page" % (index + 1, area_name))
                return 2
            time.sleep(0.1)
        time.sleep(0.2)
        controls = check_screen(window, "area %d '%s'" % (index + 1, area_name), totals, args.verbose)
        # A page whose only control is a button (the self-check's "Start") has its real controls
        # behind it: press it as a screen-reader user would and check those too.
        buttons = [c for c in controls if is_inside(c, page)]
        if len(buttons) == 1 and buttons[0].getRole() == pyatspi.ROLE_PUSH_BUTTON:
            before = len(controls)
            buttons[0].queryAction().doAction(0)
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                time.sleep(0.2)
                after = []
                walk(window, after)
                if len(after) != before:
                    break
            check_screen(window, "area %d '%s' after '%s'" % (index + 1, area_name, buttons[0].name), totals,
                         args.verbose)
    total, unnamed, described = totals["controls"], totals["unnamed"], totals["described"]
    args.areas = "%d screens of %d" % (totals["screens"], args.areas)
    print("checked %d controls in %s areas: %d without a usable name, %d with a description"
          % (total, args.areas, unnamed, described))
    return 1 if unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
