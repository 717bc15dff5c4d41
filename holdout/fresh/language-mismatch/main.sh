package main

import (
	"fmt"
	"os"
	"os/exec"
)

func main() {
	cmd := exec.Command("git", "rev-parse", "--short", "HEAD")
	out, err := cmd.Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "not a git repository")
		os.Exit(1)
	}
	fmt.Printf("building %s\n", out)
}
