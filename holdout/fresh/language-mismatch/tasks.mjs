.PHONY: install build test lint clean

NODE_BIN := node_modules/.bin

install:
	npm ci

build: install
	$(NODE_BIN)/esbuild src/index.mjs --bundle --platform=node --outfile=dist/index.cjs

test:
	$(NODE_BIN)/vitest run

lint:
	$(NODE_BIN)/eslint src

clean:
	rm -rf dist coverage
