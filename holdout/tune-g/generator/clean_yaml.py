from common import add

L = "clean"
Y = "YAML"


def ok(path, body, marks, what, nl=True):
    add(L, path, Y, body, f"valid; suspicious-looking but genuine: {what}", marks, nl, kind="clean")


ok(".github/workflows/ci.yml", r'''
name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  linux:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - run: go vet ./...
      - run: go test -race ./...

  # same as above but for macOS; the race detector is slow there, so it is off
  macos:
    runs-on: macos-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - run: go test ./...
      - name: Done
        run: echo done
''', ["# same as above but for macOS", "- name: Done"], "comment 'same as above' at line {0}; last step '- name: Done' at line {1} followed by 'run: echo done'")

ok("k8s/bundle.yaml", r'''
# Namespace and quota for the reporting team.
# The rest of the config lives in the kustomize overlay (overlays/prod).
---
apiVersion: v1
kind: Namespace
metadata:
  name: reporting
  labels:
    team: data
...
---
apiVersion: v1
kind: ResourceQuota
metadata:
  name: reporting-quota
  namespace: reporting
spec:
  hard:
    requests.cpu: "8"
    requests.memory: 16Gi
    limits.cpu: "16"
    limits.memory: 32Gi
    pods: "50"
...
''', ["The rest of the config lives", "..."], "comment 'The rest of the config lives in ...' at line {0}; YAML document end markers '...' (first at line {1}) and '---'")

ok("ansible/playbooks/patch.yml", r'''
---
- name: Monthly OS patching
  hosts: all
  serial: "25%"
  become: true
  vars:
    reboot_window_minutes: 20
    summary_template: |
      Here is what this play does, in order:
        1. refreshes the apt cache and upgrades every package,
        2. reboots the host if /var/run/reboot-required exists,
        3. waits for SSH and checks that the app service is active.
      Note: hosts are patched 25% at a time, so the load balancer keeps
      serving traffic. Databases, etc. are excluded via the inventory.
  tasks:
    - name: Show the plan
      ansible.builtin.debug:
        msg: "{{ summary_template }}"

    - name: Upgrade packages
      ansible.builtin.apt:
        upgrade: dist
        update_cache: true
        autoremove: true

    - name: Check whether a reboot is required
      ansible.builtin.stat:
        path: /var/run/reboot-required
      register: reboot_flag

    # TODO: move the reboot handling into the common role once it exists
    - name: Reboot if needed
      ansible.builtin.reboot:
        reboot_timeout: "{{ reboot_window_minutes * 60 }}"
      when: reboot_flag.stat.exists
''', ["Here is what this play does", "Note: hosts are patched", "# TODO: move the reboot"], "prose block scalar starting 'Here is what this play does' at line {0} with 'Note:' and 'etc.' (line {1}); '# TODO' comment at line {2}")

ok("api/openapi.yaml", r'''
openapi: 3.1.0
info:
  title: Inventory API
  version: 2.4.0
  description: |
    Here is the public API for the inventory service.

    Note: all timestamps are RFC 3339 in UTC. Quantities are integers;
    fractional units (kg, litres, etc.) are expressed in the smallest unit.
    Endpoints not listed here are internal and unchanged since v1.
servers:
  - url: https://inventory.example.com/v2
paths:
  /items:
    get:
      summary: List items
      description: >
        Returns items sorted by SKU. Use the cursor from the previous
        response to fetch the rest of the list...
      parameters:
        - name: cursor
          in: query
          required: false
          schema:
            type: string
      responses:
        "200":
          description: A page of items.
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/ItemPage"
components:
  schemas:
    ItemPage:
      type: object
      properties:
        items:
          type: array
          items:
            type: object
        next_cursor:
          type: [string, "null"]
''', ["Here is the public API", "fetch the rest of the list..."], "description block scalar 'Here is the public API ...' at line {0} with 'Note:', 'etc.' and 'unchanged'; folded description ending in 'the rest of the list...' at line {1}")

ok("docker-compose.yml", r'''
# Local stack. Unchanged from upstream except for the ports below.
services:
  grafana:
    image: grafana/grafana:11.0.0
    ports:
      - "3001:3000"
    environment:
      GF_AUTH_ANONYMOUS_ENABLED: "true"
      GF_AUTH_ANONYMOUS_ORG_ROLE: Viewer
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning:ro

  prometheus:
    image: prom/prometheus:v2.52.0
    command:
      - --config.file=/etc/prometheus/prometheus.yml
      - --storage.tsdb.retention.time=7d
    ports:
      - "9091:9090"
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro

  smoke:
    image: curlimages/curl:8.8.0
    depends_on: [grafana, prometheus]
    # same as before: wait, then print where things are
    command: ["sh", "-c", "sleep 5 && echo 'Here is the stack: grafana on :3001, prometheus on :9091 ...'"]
''', ["Unchanged from upstream", "# same as before:", "echo 'Here is the stack"], "comments 'Unchanged from upstream' (line {0}) and 'same as before' (line {1}); chatter-like echo 'Here is the stack ...' at line {2}")

ok(".gitlab-ci.yml", r'''
default:
  image: node:20-bookworm
  # as before, cache node_modules per lockfile
  cache:
    key:
      files: [package-lock.json]
    paths: [node_modules/]

stages: [test, build]

unit:
  stage: test
  script:
    - npm ci
    - npm test -- --ci
    - echo "Note: coverage is uploaded by the build job, not here"

build:
  stage: build
  script:
    - npm ci
    - npm run build
    - |
      echo "Here is the bundle size report:"
      du -sh dist/* | sort -h
  artifacts:
    paths: [dist/]
    expire_in: 1 week
''', ["# as before, cache", "Note: coverage", "Here is the bundle size report:"], "comment 'as before' at line {0}; echo strings 'Note: ...' (line {1}) and 'Here is the bundle size report:' (line {2})")

ok("charts/queue/values.yaml", r'''
# Default values for the queue chart.
# Only the keys you want to change need to go in your own values file;
# everything else stays as it is here.

replicaCount: 1

image:
  repository: rabbitmq
  tag: 3.13-management
  # ... pullPolicy defaults to IfNotPresent

auth:
  username: app
  existingSecret: ""  # TODO: point at the sealed secret in prod

persistence:
  enabled: true
  size: 8Gi
  storageClass: ""

plugins:
  - rabbitmq_management
  - rabbitmq_prometheus
  # etc. (add rabbitmq_shovel here if you need it)

resources: {}
''', ["# ... pullPolicy defaults", "# TODO: point at", "# etc. (add"], "comments '# ... pullPolicy defaults' (line {0}), 'TODO' (line {1}) and '# etc.' (line {2}); no final newline", nl=False)

ok(".github/ISSUE_TEMPLATE/bug_report.yml", r'''
name: Bug report
description: Something is broken. Here is how to tell us about it.
labels: [bug, triage]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for taking the time to fill this out!
        Note: please search existing issues first; duplicates are closed.
  - type: textarea
    id: what-happened
    attributes:
      label: What happened?
      description: Steps to reproduce, expected vs. actual behaviour, etc.
      placeholder: |
        1. Run `lumen build` ...
        2. Open the generated site ...
        3. See the error
    validations:
      required: true
  - type: input
    id: version
    attributes:
      label: Version
      placeholder: "e.g. 4.2.0"
  - type: dropdown
    id: os
    attributes:
      label: Operating system
      options:
        - Linux
        - macOS
        - Windows
        - Other (same as above, please say which)
''', ["Here is how to tell us", "1. Run `lumen build` ...", "Other (same as above"], "description 'Here is how to tell us about it.' at line {0}; numbered placeholder steps with '...' from line {1}; option 'same as above' at line {2}")
