#!/usr/bin/env python3
"""Validates a JSON document against a JSON Schema (any draft the schema declares).
Usage: validate_json.py SCHEMA.json DOCUMENT.json   (exit 0 valid, 1 invalid, 2 usage)"""
import json
import sys

try:
    import jsonschema
except ImportError:
    sys.exit("validate_json.py: python package 'jsonschema' is missing (scripts/setup.sh installs it)")

if len(sys.argv) != 3:
    sys.exit(__doc__)
schema = json.load(open(sys.argv[1], encoding="utf-8"))
document = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.validators.validator_for(schema)(schema)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
for error in errors[:20]:
    print("/".join(str(p) for p in error.absolute_path) or "(root)", ":", error.message)
sys.exit(1 if errors else 0)
