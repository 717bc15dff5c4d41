name: Release

on:
  push:
    tags: ["v*"]

permissions:
  contents: write

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - name: Build binaries
        run: |
          GOOS=linux GOARCH=amd64 go build -o dist/tool-linux-amd64 ./cmd/tool
          GOOS=darwin GOARCH=arm64 go build -o dist/tool-darwin-arm64 ./cmd/tool
      - uses: softprops/action-gh-release@v2
        with:
          files: dist/*
