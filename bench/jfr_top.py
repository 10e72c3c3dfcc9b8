#!/usr/bin/env python3
"""Summarises the CPU samples of a JFR recording.

  jfr_top.py RECORDING              own time per library (the innermost non-JDK frame decides) and the
                                    hottest methods
  jfr_top.py RECORDING PREFIX       samples whose stack passes through PREFIX (a package or Class.method),
                                    grouped by the caller that entered it
"""
import collections
import json
import subprocess
import sys

LIBRARIES = {
    "news.gateway.": "gateway code",
    "graphql.": "graphql-java",
    "com.netflix.graphql.dgs.": "DGS",
    "org.springframework.graphql.": "Spring GraphQL",
    "org.dataloader.": "DataLoader",
    "org.jooq.": "jOOQ",
    "org.postgresql.": "PostgreSQL JDBC",
    "com.zaxxer.hikari.": "HikariCP",
    "tools.jackson.": "Jackson",
    "com.fasterxml.jackson.": "Jackson",
    "org.apache.": "Tomcat",
    "reactor.": "Reactor",
    "io.micrometer.": "Micrometer",
    "kotlin.": "Kotlin",
    "org.springframework.": "Spring",
}


def stacks(recording):
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "4096", "--events", "jdk.ExecutionSample",
                              recording], check=True, capture_output=True, text=True).stdout
    for event in json.loads(printed)["recording"]["events"]:
        yield [frame["method"]["type"]["name"].replace("/", ".") + "." + frame["method"]["name"]
               for frame in event["values"]["stackTrace"]["frames"]]


def library(frame):
    for prefix, name in LIBRARIES.items():
        if frame.startswith(prefix):
            return name
    return None


def summary(samples):
    own_library = collections.Counter()
    own_method = collections.Counter()
    for stack in samples:
        own_method[stack[0]] += 1
        own_library[next((library(frame) for frame in stack if library(frame)), "JDK / JVM")] += 1
    total = len(samples)
    print(f"{total} CPU samples\n\nown time by library (the innermost non-JDK frame on the stack):")
    for name, count in own_library.most_common():
        print(f"  {100 * count / total:5.1f} %  {name}")
    print("\nhottest methods by own samples:")
    for method, count in own_method.most_common(25):
        print(f"  {100 * count / total:5.1f} %  {method}")


def callers(samples, prefix):
    entered_from = collections.Counter()
    for stack in samples:
        # outermost frame of the prefix, and the frame that called it
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth].startswith(prefix):
                caller = stack[depth + 1] if depth + 1 < len(stack) else "(thread root)"
                entered_from[f"{caller} -> {stack[depth]}"] += 1
                break
    total = len(samples)
    print(f"{sum(entered_from.values())} of {total} samples pass through {prefix}; entered from:")
    for path, count in entered_from.most_common(25):
        print(f"  {100 * count / total:5.1f} %  {path}")


if __name__ == "__main__":
    samples = [stack for stack in stacks(sys.argv[1]) if stack]
    if len(sys.argv) > 2:
        callers(samples, sys.argv[2])
    else:
        summary(samples)
