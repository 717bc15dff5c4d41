package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	counts := make(map[string]int)
	for scanner.Scan() {
		for _, word := range strings.Fields(strings.ToLower(scanner.Text())) {
			counts[word]++
		}
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "read error:", err)
		os.Exit(1)
	}
	for w, n := range counts {
		fmt.Printf("%s\t%d\n", w, n)
	}
}
