#!/usr/bin/env python3
"""Validates YAML files (.clauseguard.yml, .clauseguardignore.yml, rule files) against a JSON Schema, as an
editor's YAML extension would.
Usage: validate_yaml.py SCHEMA.json FILE.yml...   (exit 0 all valid, 1 some invalid, 2 usage)"""
import json
import sys

try:
    import jsonschema
    import yaml
except ImportError as missing:
    sys.exit(f"validate_yaml.py: python package missing ({missing.name}); scripts/setup.sh installs jsonschema and PyYAML")


class Loader(yaml.SafeLoader):
    """YAML as ClauseGuard reads it: a date like 2026-12-31 stays text (Yams does not make dates)."""


Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
# YAML 1.2 booleans, as Yams reads them: only true and false (`no` in a word list is the word "no").
Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver("tag:yaml.org,2002:bool", __import__("re").compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                             list("tTfF"))

if len(sys.argv) < 3:
    print(__doc__, file=sys.stderr)
    sys.exit(2)
schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.validators.validator_for(schema)(schema)
failed = False
for path in sys.argv[2:]:
    document = yaml.load(open(path, encoding="utf-8"), Loader=Loader)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors[:20]:
        print(f"{path}: {'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}")
    failed = failed or bool(errors)
sys.exit(1 if failed else 0)
