#!/usr/bin/python3
"""Serialize Customer Profiles requests with botocore's own REST-JSON serializer.

Reads a JSON array of {"operation": name, "params": {...}} on stdin and writes a JSON
array of {"method", "url_path", "query": [[name, value], ...], "body"} on stdout, in
the same order. Values in "query" are unencoded; "body" is the body text ("" if none).
"""
import json
import sys

import botocore.serialize
import botocore.session


def query_pairs(query_string):
    pairs = []
    for name, value in query_string.items():
        for item in value if isinstance(value, list) else [value]:
            pairs.append([name, str(item)])
    return pairs


def main():
    model = botocore.session.get_session().get_service_model('customer-profiles')
    serializer = botocore.serialize.create_serializer('rest-json', include_validation=False)
    out = []
    for request in json.load(sys.stdin):
        operation = model.operation_model(request['operation'])
        serialized = serializer.serialize_to_request(request['params'], operation)
        body = serialized['body']
        out.append({
            'method': serialized['method'],
            'url_path': serialized['url_path'],
            'query': query_pairs(serialized['query_string']),
            'body': body.decode('utf-8') if isinstance(body, bytes) else body,
        })
    json.dump(out, sys.stdout)


if __name__ == '__main__':
    main()
