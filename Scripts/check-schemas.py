#!/usr/bin/env python3
"""Check the editors' JSON Schemas (schemas/*.schema.json) against the repository's YAML files.

Every bundled workbook (workbooks/*.yaml) must validate against schemas/workbook.schema.json,
and every example response (examples/**/*.yaml) against schemas/response.schema.json; the
worked examples in docs/examples/ are checked too. Then a few files that `workbook check`
refuses for their shape (a misspelt key, a missing required key, a wrong type, both `score` and
`ratings`) must be refused by the schemas as well.

YAML is read as an editor's YAML 1.2 language server reads it: dates stay text, only
true/false are booleans, and mapping keys are text.

Needs PyYAML and jsonschema (pip install jsonschema pyyaml); without them it says SKIPPED and
exits 0. Exit status: 0 all passed; 1 a check failed.

Usage: Scripts/check-schemas.py
"""

import json
import pathlib
import re
import sys

try:
    import jsonschema
    import yaml
except ImportError:
    print("SKIPPED: check-schemas (pip install jsonschema pyyaml)")
    sys.exit(0)

ROOT = pathlib.Path(__file__).resolve().parent.parent


# libyaml's parser when PyYAML has it: the one `workbook` itself uses (PyYAML's own parser
# refuses some flow mappings libyaml reads, such as `{ text: Is it used? }`).
BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Yaml12Loader(BaseLoader):
    """The safe loader with YAML 1.1's timestamps and yes/no/on/off booleans removed."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for first, resolvers in BaseLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def as_json(value):
    """Mapping keys as text, as JSON (and a YAML language server) has them."""
    if isinstance(value, dict):
        return {str(key).lower() if isinstance(key, bool) else str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    return value


def load_yaml(text):
    return as_json(yaml.load(text, Loader=Yaml12Loader))


class Both:
    """The schema as it declares itself (draft-07, what editors read) and as draft 2020-12:
    it uses only keywords that mean the same in both, so both must give the same answers."""

    def __init__(self, name):
        schema = json.loads((ROOT / "schemas" / name).read_text(encoding="utf-8"))
        declared = jsonschema.validators.validator_for(schema)
        self.validators = []
        for cls in (declared, jsonschema.Draft202012Validator):
            cls.check_schema(schema)
            self.validators.append(cls(schema))

    def iter_errors(self, document):
        found = [sorted(v.iter_errors(document), key=lambda e: (list(map(str, e.path)), e.message)) for v in self.validators]
        if [e.message for e in found[0]] != [e.message for e in found[1]]:
            raise AssertionError("draft-07 and draft 2020-12 disagree: " + repr([[e.message for e in f] for f in found]))
        return found[0]

    def is_valid(self, document):
        return not self.iter_errors(document)


def validator(name):
    return Both(name)


MINI_RESPONSE = """\
workbook: pots
area: Northmoor
period: 2025/26
answers:
  evidence-nice: 3
"""

# Files with one mistake of shape each, which the schemas must refuse (as `workbook check` does).
REJECTED = {
    "workbook": {
        "a misspelt key (wieght)": lambda text: text.replace("  - id: evidence\n", "  - id: evidence\n    wieght: 2\n", 1),
        "a missing required key (layout)": lambda text: re.sub(r"(?m)^layout:.*\n", "", text, count=1),
        "an unknown layout": lambda text: re.sub(r"(?m)^layout:.*$", "layout: circle", text, count=1),
        "an id with a capital letter": lambda text: re.sub(r"(?m)^workbook:.*$", "workbook: Pots", text, count=1),
        "a colour that is not #rrggbb": lambda text: re.sub(r'colour: "#[0-9a-fA-F]{6}"', 'colour: "red"', text, count=1),
        "a weight that is a word": lambda text: text.replace("  - id: evidence\n", "  - id: evidence\n    weight: high\n", 1),
    },
    "response": {
        "a misspelt key (arae)": lambda text: text.replace("area:", "arae:", 1),
        "a missing required key (period)": lambda text: re.sub(r"(?m)^period:.*\n", "", text, count=1),
        "an answer with both score and ratings": lambda text: text.replace(
            "  evidence-nice: 3", "  evidence-nice:\n    score: 3\n    ratings: [1, 2]"
        ),
        "a rating that is a word": lambda text: text.replace("evidence-nice: 3", "evidence-nice: three"),
        "a date that is not YYYY-MM-DD": lambda text: text + "date: 14/11/2025\n",
    },
}


def main():
    checks = {
        "workbook": (
            validator("workbook.schema.json"),
            sorted((ROOT / "workbooks").glob("*.yaml")) + [ROOT / "docs/examples/mini.yaml"],
        ),
        "response": (
            validator("response.schema.json"),
            sorted((ROOT / "examples").rglob("*.yaml")) + [ROOT / "docs/examples/mini-response.yaml"],
        ),
    }
    passed = failed = 0

    def report(ok, what, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL: {what}" + (f"\n  {detail}" if detail else ""))

    for kind, (check, files) in checks.items():
        for path in files:
            if not path.exists():
                continue
            name = path.relative_to(ROOT)
            try:
                document = load_yaml(path.read_text(encoding="utf-8"))
            except yaml.YAMLError as error:
                report(False, f"{name} cannot be read as YAML", str(error).replace("\n", "\n  "))
                continue
            errors = check.iter_errors(document)
            report(not errors, f"{name} does not validate against the {kind} schema",
                   "\n  ".join(f"{'/'.join(map(str, e.path)) or '(root)'}: {e.message}" for e in errors[:5]))

    bases = {"workbook": (ROOT / "workbooks/pots.yaml").read_text(encoding="utf-8"), "response": MINI_RESPONSE}
    for kind, mistakes in REJECTED.items():
        check = checks[kind][0]
        report(check.is_valid(load_yaml(bases[kind])), f"the unchanged {kind} used for the mistakes is refused")
        for what, mistake in mistakes.items():
            text = mistake(bases[kind])
            report(text != bases[kind] and not check.is_valid(load_yaml(text)),
                   f"a {kind} with {what} is not refused by the schema")

    print(f"check-schemas: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
