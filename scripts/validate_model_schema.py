#!/usr/bin/env python3
"""Validates privacy-tidy model files against docs/model.schema.json.

    validate_model_schema.py [--schema SCHEMA] FILE...

A small JSON Schema (draft 2020-12) validator, standard library only. It
implements the keywords the model schema uses - type, properties, required,
additionalProperties, items, enum, const, oneOf, anyOf, minimum, minLength,
pattern and local $ref ("#/$defs/...") - and refuses a schema that uses any
other assertion keyword, so a keyword it does not know can never pass
silently.

Prints "FILE: ok" per valid file, and "FILE: /json/pointer: problem" per
error of an invalid one. Exit code: 0 all valid, 1 some file invalid,
2 the schema or a file could not be read or is not JSON.
"""

import json
import os
import re
import sys

DRAFT = "https://json-schema.org/draft/2020-12/schema"
ASSERTIONS = {
    "type", "properties", "required", "additionalProperties", "items",
    "enum", "const", "oneOf", "anyOf", "minimum", "minLength", "pattern",
    "$ref",
}
# Keywords that only describe; they never reject a document.
ANNOTATIONS = {
    "$schema", "$id", "$defs", "$comment", "title", "description",
    "examples", "default",
}


class SchemaError(Exception):
    pass


def type_matches(value, name):
    # bool is an int in Python; JSON keeps them apart. An integer is written
    # without a fraction, as the engine's parser (nlohmann) requires.
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if name == "null":
        return value is None
    raise SchemaError("unknown type '%s'" % name)


def json_type(value):
    for name in ("null", "boolean", "integer", "number", "string", "array",
                 "object"):
        if type_matches(value, name):
            return name
    return type(value).__name__


def equal(a, b):
    # JSON equality: 1 and true differ.
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    return a == b


def escape(token):
    return str(token).replace("~", "~0").replace("/", "~1")


def show(value):
    return json.dumps(value)


class Validator:
    def __init__(self, schema):
        self.root = schema
        if not isinstance(schema, dict):
            raise SchemaError("the schema is not a JSON object")
        if schema.get("$schema") != DRAFT:
            raise SchemaError("the schema does not declare draft 2020-12 "
                              "(\"$schema\": \"%s\")" % DRAFT)
        self.check_schema(schema, "#")

    def check_schema(self, schema, where):
        """Rejects keywords this validator would otherwise ignore."""
        if isinstance(schema, bool):
            return
        if not isinstance(schema, dict):
            raise SchemaError("%s: a schema must be an object" % where)
        for key, sub in schema.items():
            if key not in ASSERTIONS and key not in ANNOTATIONS:
                raise SchemaError("%s: unsupported keyword '%s'" % (where, key))
            if key in ("properties", "$defs"):
                for name, s in sub.items():
                    self.check_schema(s, "%s/%s/%s" % (where, key, name))
            elif key in ("items", "additionalProperties"):
                self.check_schema(sub, "%s/%s" % (where, key))
            elif key in ("oneOf", "anyOf"):
                for i, s in enumerate(sub):
                    self.check_schema(s, "%s/%s/%d" % (where, key, i))
            elif key == "$ref":
                self.resolve(sub)
            elif key == "pattern":
                try:
                    re.compile(sub)
                except re.error as e:
                    raise SchemaError("%s: invalid pattern: %s" % (where, e))

    def resolve(self, ref):
        if not ref.startswith("#/"):
            raise SchemaError("only local references are supported: '%s'" % ref)
        node = self.root
        for token in ref[2:].split("/"):
            token = token.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or token not in node:
                raise SchemaError("unresolvable reference '%s'" % ref)
            node = node[token]
        return node

    def errors(self, value, schema, path):
        """Every error of value against schema, as (pointer, message)."""
        if schema is True:
            return []
        if schema is False:
            return [(path, "no value is allowed here")]
        out = []
        if "$ref" in schema:
            out += self.errors(value, self.resolve(schema["$ref"]), path)
        if "type" in schema:
            names = schema["type"]
            names = names if isinstance(names, list) else [names]
            if not any(type_matches(value, n) for n in names):
                out.append((path, "expected %s, got %s %s" %
                            (" or ".join(names), json_type(value),
                             show(value))))
                return out  # the other keywords would only repeat this
        if "enum" in schema and not any(equal(value, e)
                                        for e in schema["enum"]):
            out.append((path, "%s is not one of %s" %
                        (show(value),
                         ", ".join(show(e) for e in schema["enum"]))))
        if "const" in schema and not equal(value, schema["const"]):
            out.append((path, "expected %s, got %s" %
                        (show(schema["const"]), show(value))))
        if "minimum" in schema and type_matches(value, "number") and \
                value < schema["minimum"]:
            out.append((path, "%s is less than the minimum %s" %
                        (show(value), show(schema["minimum"]))))
        if isinstance(value, str):
            if "minLength" in schema and len(value) < schema["minLength"]:
                out.append((path, "expected at least %d character(s)" %
                            schema["minLength"]))
            if "pattern" in schema and not re.search(schema["pattern"], value):
                out.append((path, "%s does not match the pattern %s" %
                            (show(value), show(schema["pattern"]))))
        if isinstance(value, dict):
            props = schema.get("properties", {})
            for name in schema.get("required", []):
                if name not in value:
                    out.append((path, "missing required key '%s'" % name))
            for name, sub in value.items():
                child = "%s/%s" % (path, escape(name))
                if name in props:
                    out += self.errors(sub, props[name], child)
                elif "additionalProperties" in schema:
                    extra = schema["additionalProperties"]
                    if extra is False:
                        out.append((child, "unknown key '%s' (expected one "
                                    "of: %s)" % (name, ", ".join(props))))
                    else:
                        out += self.errors(sub, extra, child)
        if isinstance(value, list) and "items" in schema:
            for i, item in enumerate(value):
                out += self.errors(item, schema["items"], "%s/%d" % (path, i))
        for key in ("oneOf", "anyOf"):
            if key not in schema:
                continue
            results = [self.errors(value, s, path) for s in schema[key]]
            matched = sum(1 for r in results if not r)
            if key == "anyOf" and matched == 0 or \
                    key == "oneOf" and matched == 0:
                out += self.explain_no_match(value, schema[key], results,
                                             path)
            elif key == "oneOf" and matched > 1:
                out.append((path, "matches %d alternatives of oneOf, "
                            "expected exactly one" % matched))
        return out

    def explain_no_match(self, value, alternatives, results, path):
        # A bare "no match" helps nobody: report the errors of the
        # alternative closest to the value (one whose type fits, with the
        # fewest errors), or else the forms that were allowed.
        fitting = [r for s, r in zip(alternatives, results)
                   if self.fits(value, s)]
        if fitting and all(m.startswith("missing required key") and p == path
                           for r in fitting for p, m in r):
            keys = [m.split("'")[1] for r in fitting for _, m in r]
            return [(path, "expected exactly one of the keys %s" %
                     ", ".join("'%s'" % k for k in keys))]
        if len(fitting) > 1 and all(len(r) == 1 and r[0][0] == path and
                                    " is not one of " in r[0][1]
                                    for r in fitting):
            allowed = [r[0][1].split(" is not one of ", 1)[1] for r in fitting]
            return [(path, "%s is not one of %s" %
                     (show(value), ", ".join(allowed)))]
        if fitting:
            return min(fitting, key=len)
        return [(path, "expected %s, got %s %s" %
                 (" or ".join(self.form(s) for s in alternatives),
                  json_type(value), show(value)))]

    def fits(self, value, schema):
        """Whether the value has a type the schema can accept at all."""
        if not isinstance(schema, dict):
            return schema is not False
        if "$ref" in schema and not self.fits(value,
                                              self.resolve(schema["$ref"])):
            return False
        if "type" in schema:
            names = schema["type"]
            names = names if isinstance(names, list) else [names]
            if not any(type_matches(value, n) for n in names):
                return False
        if "enum" in schema and not any(json_type(e) == json_type(value)
                                        for e in schema["enum"]):
            return False
        for key in ("oneOf", "anyOf"):
            if key in schema and not any(self.fits(value, s)
                                         for s in schema[key]):
                return False
        return True

    def form(self, schema):
        """A short description of what a schema accepts."""
        if not isinstance(schema, dict):
            return "anything" if schema is not False else "nothing"
        if "$ref" in schema:
            return self.form(self.resolve(schema["$ref"]))
        if "enum" in schema:
            return " or ".join(show(e) for e in schema["enum"])
        if "oneOf" in schema or "anyOf" in schema:
            return " or ".join(self.form(s) for s in
                               schema.get("oneOf", schema.get("anyOf")))
        if "type" in schema:
            names = schema["type"]
            text = " or ".join(names if isinstance(names, list) else [names])
            if "minimum" in schema:
                text += " >= %s" % show(schema["minimum"])
            return ("an " if text[0] in "aeiou" else "a ") + text
        return "a value"


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError("invalid JSON at line %d column %d: %s" %
                         (e.lineno, e.colno, e.msg))


def main(argv):
    args = argv[1:]
    schema_path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                               os.pardir, "docs", "model.schema.json")
    if len(args) >= 2 and args[0] == "--schema":
        schema_path = args[1]
        args = args[2:]
    if not args or args[0] in ("-h", "--help"):
        sys.stderr.write(__doc__)
        return 2
    try:
        validator = Validator(load(schema_path))
    except (OSError, ValueError, SchemaError) as e:
        sys.stderr.write("%s: bad schema: %s\n" % (schema_path, e))
        return 2
    status = 0
    for path in args:
        try:
            document = load(path)
        except (OSError, ValueError) as e:
            print("%s: %s" % (path, e))
            status = 2
            continue
        errors = validator.errors(document, validator.root, "")
        if not errors:
            print("%s: ok" % path)
            continue
        status = max(status, 1)
        seen = set()
        for pointer, message in errors:
            if (pointer, message) in seen:
                continue
            seen.add((pointer, message))
            print("%s: %s: %s" % (path, pointer or "/", message))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
