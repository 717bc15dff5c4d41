from common import f
D = 'truncated'

f(D, 'ci.yml', 'yaml', 'last line cut mid-word: "run: npm run bui" (still valid YAML)', r'''
name: CI

on:
  push:
    branches: [main]
  pull_request:

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm run lint
      - run: npm run bui''', nl=False)

f(D, 'deployment.yaml', 'yaml', 'last line cut mid-key "imagePull" inside the container mapping (no colon)', r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: search
  namespace: catalog
spec:
  replicas: 2
  selector:
    matchLabels:
      app: search
  template:
    metadata:
      labels:
        app: search
    spec:
      containers:
        - name: search
          image: ghcr.io/acme/search:0.18.2
          imagePull''', nl=False)

f(D, 'docker-compose.yml', 'yaml', 'ends on "environment:" with nothing after, for a service that clearly needs variables (parses as null)', r'''
services:
  api:
    build: ./api
    ports:
      - "8000:8000"
    depends_on:
      - db
    environment:
      DATABASE_URL: postgres://api:api@db:5432/api
      SECRET_KEY: ${SECRET_KEY}
  db:
    image: postgres:16
    volumes:
      - dbdata:/var/lib/postgresql/data
    environment:''', nl=False)

f(D, 'values.yaml', 'yaml', 'last line stops inside an open flow sequence/mapping "[{key: ..."', r'''
replicaCount: 1

image:
  repository: ghcr.io/acme/gpu-inference
  tag: "0.7.0"

resources:
  limits:
    nvidia.com/gpu: 1
    memory: 16Gi

nodeSelector:
  node.kubernetes.io/instance-type: g5.xlarge

tolerations: [{key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule"}, {key: "dedicated", operator: "Equal"''', nl=False)

f(D, 'release.yml', 'yaml', 'ends on "run: |" with no block body (parses as empty string)', r'''
name: Publish

on:
  release:
    types: [published]

jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Build and publish
        run: |''', nl=False)

f(D, 'site.yml', 'yaml', 'ends on a dangling "- " list item (parses as null item)', r'''
- name: Base configuration
  hosts: all
  become: true
  tasks:
    - name: Set timezone
      community.general.timezone:
        name: Europe/Berlin

    - name: Install base packages
      ansible.builtin.apt:
        name:
          - htop
          - vim
          - unattended-upgrades
        state: present

    - name: Add admin users
      ansible.builtin.user:
        name: "{{ item }}"
        groups: sudo
        append: true
      loop:
        - alice
        - ''', nl=False)

f(D, 'openapi.yaml', 'yaml', 'last line stops inside an open double-quoted string', r'''
openapi: 3.0.3
info:
  title: Payments API
  version: 2.1.0
paths:
  /payments:
    get:
      operationId: listPayments
      summary: List payments
      parameters:
        - name: status
          in: query
          schema:
            type: string
            enum: [pending, succeeded, failed]
      responses:
        "200":
          description: "Returns the list of payments matching the filter, newest''', nl=False)

f(D, 'cronjob.yaml', 'yaml', 'output stops mid-sentence inside a block scalar annotation (still valid YAML)', r'''
apiVersion: batch/v1
kind: CronJob
metadata:
  name: log-rotate
  namespace: platform
  labels:
    app.kubernetes.io/part-of: logging
  annotations:
    acme.dev/description: |
      Rotates the application logs on the shared volume, compresses
      anything older than a day and uploads the archives to S3 so that
      the volume never''', nl=False)

f(D, 'gitlab-ci.yml', 'yaml', 'last script line cut mid-word ("--fail-un") (still valid YAML)', r'''
stages: [lint, test]

default:
  image: python:3.12-slim
  before_script:
    - pip install -r requirements-dev.txt

lint:
  stage: lint
  script:
    - ruff check .
    - ruff format --check .

test:
  stage: test
  services:
    - postgres:16
  variables:
    POSTGRES_PASSWORD: test
    DATABASE_URL: postgres://postgres:test@postgres:5432/postgres
  script:
    - pytest --cov=app --cov-fail-un''', nl=False)

f(D, 'prometheus.yml', 'yaml', 'last line stops inside an open flow sequence and an open single-quoted string', r'''
global:
  scrape_interval: 30s

rule_files:
  - /etc/prometheus/rules/*.yml

scrape_configs:
  - job_name: node
    static_configs:
      - targets: ['node-01:9100', 'node-02:9100', 'node-03:91''', nl=False)

f(D, 'ingress.yaml', 'yaml', 'ends on "port:" with nothing after, inside a backend that needs a number (parses as null); has final newline', r'''
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: grafana
  namespace: monitoring
spec:
  ingressClassName: nginx
  rules:
    - host: grafana.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: grafana
                port:
''')

f(D, 'mkdocs.yml', 'yaml', 'last line stops inside an open flow mapping "{icon: ..., link: ..."', r'''
site_name: Acme Handbook
site_url: https://handbook.acme.dev/
theme:
  name: material
  palette:
    primary: teal
nav:
  - Welcome: index.md
  - Engineering:
      - On-call: engineering/on-call.md
      - Code review: engineering/code-review.md
extra:
  social:
    - {icon: fontawesome/brands/github, link: https://github.com/acme''', nl=False)

f(D, 'dependabot.yml', 'yaml', 'last line cut mid-key "open-pull-requests-li" after sibling keys (no colon)', r'''
version: 2
updates:
  - package-ecosystem: cargo
    directory: "/"
    schedule:
      interval: weekly
  - package-ecosystem: docker
    directory: "/"
    schedule:
      interval: weekly
    open-pull-requests-li''', nl=False)

f(D, 'tasks.yml', 'yaml', 'last line stops inside a quoted string within a plain when: expression (YAML still accepts it as a plain scalar)', r'''
- name: Install Docker on Debian-family hosts
  ansible.builtin.apt:
    name:
      - docker-ce
      - docker-ce-cli
      - containerd.io
    state: present
    update_cache: true
  when: ansible_os_family == "Debian"

- name: Install Docker on RedHat-family hosts
  ansible.builtin.dnf:
    name:
      - docker-ce
      - docker-ce-cli
    state: present
  when: ansible_os_family == "RedH''', nl=False)

f(D, 'config.yml', 'yaml', 'block scalar command stops after a trailing "&&" (YAML valid, embedded shell incomplete); has final newline', r'''
version: 2.1

jobs:
  build:
    docker:
      - image: cimg/node:20.17
    steps:
      - checkout
      - restore_cache:
          keys:
            - deps-{{ checksum "package-lock.json" }}
      - run:
          name: Install and build
          command: |
            npm ci &&
            npm run build &&
''')

f(D, 'hpa.yaml', 'yaml', 'ends on "averageUtilization:" with no value (parses as null)', r'''
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
  namespace: production
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: api
  minReplicas: 3
  maxReplicas: 12
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization:''', nl=False)
