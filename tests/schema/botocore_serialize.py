#!/usr/bin/env python3
"""Serialize Customer Profiles requests with botocore's own REST-JSON serializer.

Usage: botocore_serialize.py SAMPLES.json

SAMPLES.json is an object keyed by operation name, each value the operation's
parameters by their model names (tests/schema/data/protocol_samples.json). Each sample
is serialized with the service model of the botocore this Python imports (its own
loader: botocore.session.get_session().get_service_model('customer-profiles')) and
botocore.serialize.create_serializer('rest-json', include_validation=False), and the
request is then prepared as botocore sends it (prepare_request_dict against a regional
endpoint), so "query" is the query string on the wire, in botocore's order.

Writes one JSON object on stdout:
  {"botocore": version, "python": version, "operations": N (what the model knows),
   "results": {name: result}}
where a result is {"known": false} for an operation the installed model does not have,
or {"known": true, "params": the parameters serialized, "dropped": [member paths],
"method", "url_path" (the serializer's), "wire_path" (the path of the prepared URL),
"query" (the prepared URL's query string), "headers": {name: value} (those the serializer
sets), "body": text ("" if none)}.
Members the installed model does not define (an older botocore lacks newer members) are
dropped before serializing and listed in "dropped"; "params" is what was serialized, so
the caller can serialize the same input itself.
"""
import json
import sys
from urllib.parse import urlsplit

import botocore
import botocore.awsrequest
import botocore.serialize
import botocore.session

ENDPOINT = 'https://profile.us-east-1.amazonaws.com'


def restricted(value, shape, path, dropped):
    """The value with every member `shape` does not define removed (listed in dropped)."""
    if shape.type_name == 'structure' and isinstance(value, dict):
        out = {}
        for name, member_value in value.items():
            if name not in shape.members:
                dropped.append(path + '.' + name)
                continue
            out[name] = restricted(member_value, shape.members[name], path + '.' + name,
                                   dropped)
        return out
    if shape.type_name == 'list' and isinstance(value, list):
        return [restricted(item, shape.member, path + '[%d]' % i, dropped)
                for i, item in enumerate(value)]
    if shape.type_name == 'map' and isinstance(value, dict):
        return {key: restricted(item, shape.value, path + '.' + key, dropped)
                for key, item in value.items()}
    return value


def serialize(serializer, operation, params):
    serialized = serializer.serialize_to_request(params, operation)
    body = serialized['body']
    if isinstance(body, bytes):
        body = body.decode('utf-8')
    headers = {name: value for name, value in serialized['headers'].items()}
    url_path = serialized['url_path']
    # The request as botocore sends it: prepare_request_dict encodes the query string
    # (botocore.utils.percent_encode_sequence) and joins it to the endpoint.
    botocore.awsrequest.prepare_request_dict(serialized, endpoint_url=ENDPOINT)
    prepared = botocore.awsrequest.create_request_object(serialized).prepare()
    url = urlsplit(prepared.url)
    return {
        'method': serialized['method'],
        'url_path': url_path,
        'wire_path': url.path,
        'query': url.query,
        'headers': headers,
        'body': body or '',
    }


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: botocore_serialize.py SAMPLES.json')
    with open(sys.argv[1], encoding='utf-8') as f:
        samples = json.load(f)
    model = botocore.session.get_session().get_service_model('customer-profiles')
    serializer = botocore.serialize.create_serializer('rest-json', include_validation=False)
    known = set(model.operation_names)
    results = {}
    for name, params in samples.items():
        if name not in known:
            results[name] = {'known': False}
            continue
        operation = model.operation_model(name)
        dropped = []
        params = restricted(params, operation.input_shape, name, dropped)
        result = {'known': True, 'params': params, 'dropped': dropped}
        result.update(serialize(serializer, operation, params))
        results[name] = result
    json.dump({'botocore': botocore.__version__,
               'python': sys.version.split()[0],
               'operations': len(known),
               'results': results}, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
