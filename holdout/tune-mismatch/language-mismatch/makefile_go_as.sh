# Makefile for the orders service
GO       ?= go
PKG      := ./...
BIN_DIR  := bin
VERSION  := $(shell git describe --tags --always --dirty)
LDFLAGS  := -X main.version=$(VERSION)

.DEFAULT_GOAL := build

.PHONY: build test lint run docker

build:
	@mkdir -p $(BIN_DIR)
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN_DIR)/orders ./cmd/orders

test:
	$(GO) test -race -cover $(PKG)

lint:
	golangci-lint run

run: build
	./$(BIN_DIR)/orders --config config/dev.yaml

docker:
	docker build -t orders:$(VERSION) .
