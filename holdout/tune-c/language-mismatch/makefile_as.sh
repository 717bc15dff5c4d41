# Common developer tasks
GO      ?= go
BINARY  := bin/ingest
VERSION := $(shell git describe --tags --always --dirty)

.PHONY: build test lint run clean

build:
	$(GO) build -ldflags "-X main.version=$(VERSION)" -o $(BINARY) ./cmd/ingest

test:
	$(GO) test -race -count=1 ./...

lint:
	golangci-lint run ./...

run: build
	./$(BINARY) --config config/dev.yaml

clean:
	rm -rf bin/
