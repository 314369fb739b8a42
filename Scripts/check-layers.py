#!/usr/bin/env python3
"""Fails when a target imports a module it does not declare, or a layer reaches up.

SwiftPM lets a target import any module built before it, declared or not, so the arrows
in Package.swift hold only if something checks them. This script reads each target's
dependencies from Package.swift and every `import` in its sources, and fails when:

- a source imports one of this package's modules (or a C library) that its target does not
  list in `dependencies`;
- a target depends on, or imports, a layer that is not strictly below its own in LAYERS;
- a core layer imports Foundation (the scoring side must build without it, for the browser).

Usage: Scripts/check-layers.py            (check the tree; exit 1 with one line per fault)
       Scripts/check-layers.py --self-test (show that a wrong import is caught)
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Bottom up. A target may use only targets of lower rows; targets on one row are siblings
# that know nothing of each other.
LAYERS = [
    ["CLibYAML", "CZlib", "CMalloc", "embed-assets"],
    ["WorkbookSupport"],
    ["WorkbookDiagnostics"],
    ["WorkbookModel"],
    ["WorkbookYAML", "WorkbookFormat", "WorkbookRules", "WorkbookValidation"],
    ["WorkbookLoading", "WorkbookScoring"],
    ["WorkbookComparison", "WorkbookMerge"],
    ["WorkbookReporting"],
    ["WorkbookForms", "WorkbookMigration"],
    ["WorkbookCore"],
    ["WorkbookOffice"],
    ["workbook"],
]
RANK = {name: rank for rank, row in enumerate(LAYERS) for name in row}
# The layers that must build without Foundation (and so, later, for WebAssembly).
CORE = {name for row in LAYERS[1:10] for name in row}
# C libraries and the one target each belongs to.
C_OWNERS = {"CLibYAML": "WorkbookYAML", "CZlib": "WorkbookOffice", "CMalloc": "workbook"}

# `@testable import X`, `public import X`, `import struct X.Y`: one import per line.
IMPORT = re.compile(
    r"^[ \t]*(?:@\w+[ \t]+)*(?:(?:public|package|internal|private|fileprivate)[ \t]+)?import[ \t]+"
    r"(?:(?:struct|class|enum|protocol|typealias|func|var|let)[ \t]+)?(\w+)", re.M)


def targets(package_text):
    """Target name -> (kind, path, declared dependencies), from Package.swift."""
    found = {}
    pattern = re.compile(r"\.(target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*\"([\w-]+)\"")
    starts = list(pattern.finditer(package_text))
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(package_text)
        body = package_text[match.end():end]
        deps = set()
        dep_block = re.search(r"dependencies:\s*\[(.*?)\]\s*[,)]", body, re.S)
        if dep_block:
            deps.update(re.findall(r"\"(\w+)\"", re.sub(r"package:\s*\"[^\"]*\"", "", dep_block.group(1))))
            deps.update(re.findall(r"\.product\(name:\s*\"(\w+)\"", dep_block.group(1)))
        path_match = re.search(r"path:\s*\"([^\"]+)\"", body)
        kind, name = match.group(1), match.group(2)
        folder = "Tests" if kind == "testTarget" else "Sources"
        found[name] = (kind, path_match.group(1) if path_match else f"{folder}/{name}", deps)
    return found


def imports(folder):
    """(file, line, module) for every import in a target's Swift sources."""
    for directory, _, files in os.walk(os.path.join(ROOT, folder)):
        for file in sorted(files):
            if not file.endswith(".swift"):
                continue
            path = os.path.join(directory, file)
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            for line, module in imports_in(text):
                yield os.path.relpath(path, ROOT), line, module


def imports_in(text):
    """(line, module) for every import in one file's text."""
    for match in IMPORT.finditer(text):
        yield text.count("\n", 0, match.start()) + 1, match.group(1)


def faults(package_text, extra_imports=()):
    known = targets(package_text)
    problems = []
    for name, (kind, _, deps) in sorted(known.items()):
        if kind == "testTarget" or name not in RANK:
            if kind != "testTarget" and kind != "systemLibrary":
                problems.append(f"Package.swift: target '{name}' has no row in LAYERS (Scripts/check-layers.py)")
            continue
        for dep in sorted(deps):
            if dep in RANK and RANK[dep] >= RANK[name]:
                problems.append(f"Package.swift: '{name}' depends on '{dep}', which is not below it")
    for name, (kind, folder, deps) in sorted(known.items()):
        if kind == "systemLibrary":
            continue
        found = list(imports(folder)) + [entry for entry in extra_imports if entry[0].startswith(folder + "/")]
        for file, line, module in found:
            if module in C_OWNERS and C_OWNERS[module] != name:
                problems.append(f"{file}:{line}: '{name}' imports {module}; only {C_OWNERS[module]} may")
            if module in known and module not in deps:
                problems.append(f"{file}:{line}: '{name}' imports {module} without declaring it in Package.swift")
            elif module in known and name in RANK and module in RANK and RANK[module] >= RANK[name]:
                problems.append(f"{file}:{line}: '{name}' imports {module}, a layer at or above its own")
            if name in CORE and module in ("Foundation", "FoundationEssentials"):
                problems.append(f"{file}:{line}: the core layer '{name}' imports {module}")
    return problems


def main():
    with open(os.path.join(ROOT, "Package.swift"), encoding="utf-8") as handle:
        package_text = handle.read()
    if "--self-test" in sys.argv:
        # Real file text through the same parser: an import above its layer on the first line
        # of a model file, beside the file's own imports; a C library outside its target.
        wrong = [("Sources/WorkbookModel/Workbook.swift", line, module)
                 for line, module in imports_in("import WorkbookReporting\npublic import WorkbookDiagnostics\n")]
        wrong += [("Sources/WorkbookScoring/Scorer.swift", line, module)
                  for line, module in imports_in("@testable import WorkbookYAML\ninternal import CLibYAML\n")]
        found = faults(package_text, wrong)
        caught = [p for p in found if "imports WorkbookReporting" in p or "imports WorkbookYAML" in p
                  or "imports CLibYAML" in p]
        upward = package_text.replace('.target(name: "WorkbookModel", dependencies: [',
                                      '.target(name: "WorkbookModel", dependencies: ["WorkbookReporting", ')
        caught += [p for p in faults(upward) if "not below it" in p]
        for problem in caught:
            print(f"caught: {problem}")
        if len(caught) < 4 or any("WorkbookDiagnostics" in p for p in found):
            print("check-layers self-test FAILED: a wrong import or dependency went unnoticed, or a right one was refused")
            return 1
        print("check-layers self-test: each deliberate wrong import and dependency is caught")
        return 0
    problems = faults(package_text)
    for problem in problems:
        print(problem)
    if problems:
        print(f"check-layers: {len(problems)} fault(s); the layers are in CONTRIBUTING.md")
        return 1
    print(f"check-layers: {len(targets(package_text))} targets, every import declared and pointing down")
    return 0


if __name__ == "__main__":
    sys.exit(main())
