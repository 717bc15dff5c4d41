"""truncated YAML cases, cut out of the complete files in yamlbases.py."""

from yamlbases import Y


def cut(base, anchor, keep, nl, occ=1):
    """Keep the text of Y[base] up to (and including) `keep`, which must be a
    prefix of the occ-th occurrence of `anchor`.  nl: append a final newline."""
    text = Y[base]
    assert anchor.startswith(keep), (anchor, keep)
    pos = -1
    for _ in range(occ):
        pos = text.find(anchor, pos + 1)
        assert pos >= 0, (base, anchor, occ)
    out = text[: pos + len(keep)]
    assert out.strip() != text.strip()
    if nl:
        out += "\n"
    return out


# (file name, base, anchor, keep, final newline, occurrence)
TRUNC = [
    # GitHub Actions: CI
    ("gha-ci-runs-on-mid-word.yml", "gha-ci", "runs-on: ubuntu-latest", "runs-on: ubuntu-la", True, 1),
    ("gha-ci-after-steps.yml", "gha-ci", "    steps:\n", "    steps:", True, 1),
    ("gha-ci-after-step-name.yml", "gha-ci", "      - name: Set up Node\n", "      - name: Set up Node", True, 1),
    ("gha-ci-run-pipe-no-body.yml", "gha-ci", "        run: |\n", "        run: |", True, 1),
    ("gha-ci-block-scalar-mid-word.yml", "gha-ci", "          npm test -- --coverage", "          npm test -- --cov", False, 1),
    ("gha-ci-flow-seq-open.yml", "gha-ci", "node-version: [18, 20, 22]", "node-version: [18, 20", True, 1),
    ("gha-ci-mid-key.yml", "gha-ci", "    strategy:", "    strat", False, 1),
    # GitHub Actions: release
    ("gha-release-expression-open.yml", "gha-release", "password: ${{ secrets.GITHUB_TOKEN }}", "password: ${{ secrets.GITHUB_TO", False, 1),
    ("gha-release-after-last-env.yml", "gha-release", "        env:\n          GH_TOKEN", "        env:", True, 1),
    ("gha-release-quote-open.yml", "gha-release", '      - "v*.*.*"', '      - "v*.*', True, 1),
    ("gha-release-block-scalar-middle-line.yml", "gha-release", '            --title "Release $GITHUB_REF_NAME"', '            --title "Release $GITH', False, 1),
    ("gha-release-after-on-push-tags.yml", "gha-release", "    tags:\n", "    tags:", True, 1),
    # Kubernetes Deployment
    ("k8s-deployment-image-mid-word.yaml", "k8s-deployment", "image: nginx:1.25-alpine", "image: ngin", False, 1),
    ("k8s-deployment-after-containers.yaml", "k8s-deployment", "      containers:\n", "      containers:", True, 1),
    ("k8s-deployment-after-spec.yaml", "k8s-deployment", "spec:\n  replicas", "spec:", True, 1),
    ("k8s-deployment-mid-key.yaml", "k8s-deployment", "          readinessProbe:", "          readinessPr", False, 1),
    ("k8s-deployment-dangling-dash.yaml", "k8s-deployment", "            - containerPort: 80", "            -", True, 1),
    ("k8s-deployment-mountpath-mid-word.yml", "k8s-deployment", "mountPath: /etc/nginx/conf.d", "mountPath: /etc/ngi", True, 1),
    # Service + Ingress (two documents)
    ("k8s-ingress-second-doc-after-metadata.yaml", "k8s-service-ingress", "metadata:\n  name: web\n  namespace: production\n  annotations", "metadata:", True, 1),
    ("k8s-ingress-after-port.yaml", "k8s-service-ingress", "                port:\n", "                port:", True, 1),
    ("k8s-ingress-annotation-quote-open.yaml", "k8s-service-ingress", 'proxy-body-size: "10m"', 'proxy-body-size: "10', True, 1),
    ("k8s-ingress-tls-after-hosts.yml", "k8s-service-ingress", "    - hosts:\n", "    - hosts:", True, 1),
    # ConfigMap
    ("k8s-configmap-block-scalar-mid-word.yaml", "k8s-configmap", "            try_files $uri $uri/ /index.html;", "            try_files $uri $ur", False, 1),
    ("k8s-configmap-pipe-no-body.yaml", "k8s-configmap", "  default.conf: |\n", "  default.conf: |", True, 1),
    ("k8s-configmap-block-scalar-open-brace.yaml", "k8s-configmap", "        server_name _;\n", "        server_name _;", True, 1),
    # docker-compose
    ("compose-image-mid-word.yml", "compose", "image: postgres:16", "image: postgr", True, 1),
    ("compose-after-services.yml", "compose", "services:\n", "services:", True, 1),
    ("compose-after-volumes-header.yml", "compose", "\nvolumes:\n", "\nvolumes:", True, 1),
    ("compose-healthcheck-flow-open.yml", "compose", 'test: ["CMD-SHELL", "pg_isready -U app"]', 'test: ["CMD-SHELL", "pg_is', False, 1),
    ("compose-after-depends-on-redis.yaml", "compose", "      redis:\n        condition: service_started", "      redis:", True, 1),
    ("compose-port-quote-open.yml", "compose", '      - "8000:8000"', '      - "8000:80', True, 1),
    # Ansible
    ("ansible-after-tasks.yml", "ansible-playbook", "  tasks:\n", "  tasks:", True, 1),
    ("ansible-after-task-name.yml", "ansible-playbook", "    - name: Create application user\n", "    - name: Create application user", True, 1),
    ("ansible-jinja-quote-open.yml", "ansible-playbook", '        name: "{{ app_user }}"', '        name: "{{ app_us', False, 1),
    ("ansible-package-list-mid-word.yaml", "ansible-playbook", "          - python3-venv", "          - python3-v", False, 1),
    # Helm values
    ("helm-values-env-mid-list.yaml", "helm-values", "  - name: DATABASE_HOST\n", "  - name: DATABASE_HOST", True, 1),
    ("helm-values-tolerations-mid-key.yaml", "helm-values", "    value: api", "    val", False, 1),
    ("helm-values-dangling-dash.yaml", "helm-values", "imagePullSecrets:\n  - name", "imagePullSecrets:\n  -", False, 1),
    ("helm-values-tag-quote-open.yaml", "helm-values", 'tag: "1.14.2"', 'tag: "1.14', True, 1),
    # OpenAPI
    ("openapi-enum-flow-open.yaml", "openapi", "enum: [pending, paid, shipped, cancelled]", "enum: [pending, paid, shi", True, 1),
    ("openapi-description-mid-word.yaml", "openapi", "    All endpoints require a bearer token issued by the auth service.", "    All endpoints require a bearer to", False, 1),
    ("openapi-after-responses.yaml", "openapi", "      responses:\n", "      responses:", True, 1),
    ("openapi-after-schema-name.yaml", "openapi", "    Order:\n", "    Order:", True, 1),
    ("openapi-last-line-mid-word.yml", "openapi", "          format: double", "          format: dou", False, 1),
    # mkdocs
    ("mkdocs-after-nav.yml", "mkdocs", "nav:\n", "nav:", True, 1),
    ("mkdocs-nav-path-mid-word.yml", "mkdocs", "      - Configuration: getting-started/config.md", "      - Configuration: getting-started/con", False, 1),
    # pre-commit
    ("pre-commit-args-flow-open.yaml", "pre-commit", "args: [--allow-multiple-documents]", "args: [--allow-multi", False, 1),
    ("pre-commit-after-hooks.yaml", "pre-commit", "    hooks:\n      - id: ruff\n", "    hooks:", True, 1),
    ("pre-commit-repo-url-mid-word.yaml", "pre-commit", "repo: https://github.com/pre-commit/mirrors-mypy", "repo: https://github.com/pre-commit/mirr", True, 1),
    # dependabot
    ("dependabot-after-schedule.yml", "dependabot", "    schedule:\n", "    schedule:", True, 2),
    ("dependabot-last-value-mid-word.yml", "dependabot", "      interval: weekly\n", "      interval: wee", False, 2),
    ("dependabot-flow-seq-unclosed.yml", "dependabot", 'update-types: ["version-update:semver-major"]', 'update-types: ["version-update:semver-major"', True, 1),
    # GitLab CI
    ("gitlab-ci-after-script.yml", "gitlab-ci", "  script:\n", "  script:", True, 1),
    ("gitlab-ci-command-mid-word.yml", "gitlab-ci", '    - docker push "$IMAGE"', "    - docker pu", False, 1),
    ("gitlab-ci-stages-mid-list.yml", "gitlab-ci", "  - deploy\n", "  - depl", False, 1),
]


def truncated_cases():
    return [(name, cut(base, anchor, keep, nl, occ)) for name, base, anchor, keep, nl, occ in TRUNC]
