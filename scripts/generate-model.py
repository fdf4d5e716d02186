#!/usr/bin/env python3
"""Turns botocore's model of Customer Profiles into the project's own model file.

    scripts/generate-model.py SERVICE_JSON [PAGINATORS_JSON] [-o OUT] [--source TEXT]

SERVICE_JSON is a botocore service-2.json (../shared/reference, or the one installed
with botocore: botocore/data/customer-profiles/2020-08-15/service-2.json);
PAGINATORS_JSON its paginators-1.json. The output keeps facts only: operations and
their HTTP bindings, errors and paginators; shapes with their members, locations,
constraints, enums, and the sensitive/union/error markers. No documentation text.

Operations, shapes and members keep the order botocore gives them, and the output is
stable (same input, same bytes), so a new service release shows as a readable diff.
"""

import argparse
import json
import sys

FORMAT = "cp-service-model/1"

METADATA_KEYS = ("apiVersion", "endpointPrefix", "signingName", "protocol", "serviceId",
                 "serviceFullName", "uid", "jsonVersion")
SHAPE_FACTS = ("min", "max", "pattern", "enum", "member", "key", "value", "sensitive",
               "union", "exception", "deprecated", "timestampFormat", "document")
MEMBER_FACTS = ("location", "locationName", "idempotencyToken", "jsonvalue",
                "timestampFormat", "deprecated", "hostLabel")
SHAPE_TYPES = {"structure", "string", "integer", "long", "double", "float", "boolean",
               "timestamp", "list", "map", "blob"}


class ModelError(Exception):
    pass


def convert_shape(name, shape):
    kind = shape.get("type")
    if kind not in SHAPE_TYPES:
        raise ModelError("shape %s has type %r, which the project does not read" % (name, kind))
    out = {"name": name, "type": kind}
    for fact in SHAPE_FACTS:
        if fact not in shape:
            continue
        value = shape[fact]
        if fact in ("member", "key", "value"):
            value = value["shape"]
        out[fact] = value
    if "error" in shape:
        out["httpStatusCode"] = shape["error"].get("httpStatusCode")
    if kind == "structure":
        required = set(shape.get("required", []))
        members = []
        for member_name, member in shape.get("members", {}).items():
            entry = {"name": member_name, "shape": member["shape"]}
            if member_name in required:
                entry["required"] = True
            for fact in MEMBER_FACTS:
                if fact in member:
                    entry[fact] = member[fact]
            # A body member's locationName equal to its name says nothing new.
            if "location" not in entry and entry.get("locationName") == member_name:
                del entry["locationName"]
            members.append(entry)
        unknown = required - {m["name"] for m in members}
        if unknown:
            raise ModelError("shape %s requires members it lacks: %s" % (name, sorted(unknown)))
        out["members"] = members
    return out


def convert_operation(name, operation, paginators):
    http = operation["http"]
    out = {"name": name, "method": http["method"], "uri": http["requestUri"]}
    if "responseCode" in http:
        out["successCode"] = http["responseCode"]
    for part in ("input", "output"):
        if part in operation:
            out[part] = operation[part]["shape"]
    errors = [error["shape"] for error in operation.get("errors", [])]
    if errors:
        out["errors"] = errors
    for flag in ("readonly", "idempotent", "deprecated"):
        if operation.get(flag):
            out[flag] = True
    paginator = paginators.get(name)
    if paginator:
        out["paginator"] = {
            "inputToken": paginator["input_token"],
            "outputToken": paginator["output_token"],
            "limitKey": paginator.get("limit_key"),
            "resultKey": paginator.get("result_key"),
        }
    return out


def check_references(model):
    names = {shape["name"] for shape in model["shapes"]}
    for shape in model["shapes"]:
        refs = [shape.get(k) for k in ("member", "key", "value") if shape.get(k)]
        refs += [m["shape"] for m in shape.get("members", [])]
        for ref in refs:
            if ref not in names:
                raise ModelError("shape %s refers to unknown shape %s" % (shape["name"], ref))
    for operation in model["operations"]:
        for ref in [operation.get("input"), operation.get("output")] + operation.get("errors", []):
            if ref and ref not in names:
                raise ModelError("operation %s refers to unknown shape %s" % (operation["name"], ref))


def convert(service, paginators, source):
    metadata = service.get("metadata", {})
    if metadata.get("protocol") != "rest-json":
        raise ModelError("protocol %r: the project speaks rest-json" % metadata.get("protocol"))
    pages = (paginators or {}).get("pagination", {})
    model = {
        "format": FORMAT,
        "source": source,
        "metadata": {key: metadata[key] for key in METADATA_KEYS if key in metadata},
        "operations": [convert_operation(n, o, pages) for n, o in service["operations"].items()],
        "shapes": [convert_shape(n, s) for n, s in service["shapes"].items()],
    }
    check_references(model)
    return model


def render(model):
    """One operation, shape or member per line: small diffs between releases."""
    lines = ["{"]
    lines.append('  "format": %s,' % json.dumps(model["format"]))
    lines.append('  "source": %s,' % json.dumps(model["source"]))
    lines.append('  "metadata": %s,' % json.dumps(model["metadata"], sort_keys=True))
    lines.append('  "operations": [')
    ops = [json.dumps(o, sort_keys=True) for o in model["operations"]]
    lines.append(",\n".join("    " + o for o in ops))
    lines.append("  ],")
    lines.append('  "shapes": [')
    rendered = []
    for shape in model["shapes"]:
        members = shape.get("members")
        head = {k: v for k, v in shape.items() if k != "members"}
        if members is None:
            rendered.append("    " + json.dumps(head, sort_keys=True))
            continue
        text = json.dumps(head, sort_keys=True)[:-1] + ', "members": ['
        body = ",\n".join("      " + json.dumps(m, sort_keys=True) for m in members)
        rendered.append("    " + text + ("\n" + body + "\n    ]}" if members else "]}"))
    lines.append(",\n".join(rendered))
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("service")
    parser.add_argument("paginators", nargs="?")
    parser.add_argument("-o", "--output", default="-")
    parser.add_argument("--source", help="where the model came from (kept in the file)")
    args = parser.parse_args(argv)
    with open(args.service, encoding="utf-8") as f:
        service = json.load(f)
    paginators = None
    if args.paginators:
        with open(args.paginators, encoding="utf-8") as f:
            paginators = json.load(f)
    source = args.source or "botocore customer-profiles %s" % service["metadata"].get("apiVersion")
    try:
        text = render(convert(service, paginators, source))
    except ModelError as error:
        print("generate-model: %s" % error, file=sys.stderr)
        return 1
    json.loads(text)  # what we write must read back
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
