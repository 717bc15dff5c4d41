CC ?= gcc
CFLAGS := -Wall -Wextra -O2
SRC := $(wildcard src/*.c)
OBJ := $(SRC:src/%.c=build/%.o)

ifeq ($(OS),Windows_NT)
    TARGET := build/tinyhttp.exe
else
    TARGET := build/tinyhttp
endif

all: $(TARGET)

$(TARGET): $(OBJ)
	$(CC) $(CFLAGS) -o $@ $^

build/%.o: src/%.c | build
	$(CC) $(CFLAGS) -c $< -o $@

build:
	mkdir -p build

clean:
	rm -rf build

.PHONY: all clean
