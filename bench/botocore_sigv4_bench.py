#!/usr/bin/python3
"""Times botocore's SigV4Auth.add_auth on the request bench_sigv4 signs.

Prints one JSON object: the median over repetitions of the mean time per call in
nanoseconds. botocore derives the signing key on every call (it keeps no cache).
Run with /usr/bin/python3, where Debian's python3-botocore lives.
"""

import argparse
import json
import statistics
import time

import botocore
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

BODY = (
    b'{"KeyName":"_email","Values":["jose.garcia@example.com"],"MaxResults":20,'
    b'"LogicalOperator":"AND"}'
)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--iterations", type=int, default=5000)
    parser.add_argument("--repetitions", type=int, default=10)
    args = parser.parse_args()

    auth = SigV4Auth(
        Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        "profile",
        "us-east-1",
    )
    request = AWSRequest(
        method="POST",
        url="https://profile.us-east-1.amazonaws.com/domains/my-domain/profiles/search",
        headers={"host": "profile.us-east-1.amazonaws.com", "content-type": "application/json"},
        data=BODY,
    )
    # add_auth replaces the previous X-Amz-Date and Authorization (its retry path), so
    # one request can be signed over and over without growing.
    for _ in range(min(args.iterations, 500)):
        auth.add_auth(request)

    per_call = []
    for _ in range(args.repetitions):
        start = time.perf_counter_ns()
        for _ in range(args.iterations):
            auth.add_auth(request)
        per_call.append((time.perf_counter_ns() - start) / args.iterations)

    print(
        json.dumps(
            {
                "botocore_version": botocore.__version__,
                "iterations": args.iterations,
                "repetitions": args.repetitions,
                "botocore_ns_median": statistics.median(per_call),
            }
        )
    )


if __name__ == "__main__":
    main()
