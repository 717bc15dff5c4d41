```shell
#!/bin/bash
set -e

REQUIRED_PACKAGES=(curl jq git unzip)

need_cmd() {
    command -v "$1" >/dev/null 2>&1
}

install_packages() {
    if need_cmd apt-get; then
        sudo apt-get update -qq
        sudo apt-get install -y "${REQUIRED_PACKAGES[@]}"
    elif need_cmd dnf; then
        sudo dnf install -y "${REQUIRED_PACKAGES[@]}"
    elif need_cmd brew; then
        brew install "${REQUIRED_PACKAGES[@]}"
    else
        echo "no supported package manager found" >&2
        exit 1
    fi
}

install_terraform() {
    local version="1.7.5"
    local arch
    arch="$(uname -m)"
    case "$arch" in
        x86_64) arch=amd64 ;;
        aarch64|arm64) arch=arm64 ;;
    esac
    curl -fsSL -o /tmp/terraform.zip \
        "https://releases.hashicorp.com/terraform/${version}/terraform_${version}_linux_${arch}.zip"
    sudo unzip -o /tmp/terraform.zip -d /usr/local/bin
}

install_packages
install_terraform
echo "all dependencies installed"
```
