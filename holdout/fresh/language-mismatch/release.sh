VERSION := $(shell git describe --tags --always)
LDFLAGS := -X main.version=$(VERSION)

.PHONY: release clean

release: clean
	GOOS=linux GOARCH=amd64 go build -ldflags "$(LDFLAGS)" -o dist/app-linux-amd64 .
	GOOS=darwin GOARCH=arm64 go build -ldflags "$(LDFLAGS)" -o dist/app-darwin-arm64 .
	cd dist && sha256sum app-* > SHA256SUMS

clean:
	rm -rf dist
