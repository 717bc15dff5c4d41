package main

import (
	"encoding/json"
	"log"
	"net/http"
	"time"
)

type health struct {
	Status string    `json:"status"`
	Time   time.Time `json:"time"`
}

func healthHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(health{Status: "ok", Time: time.Now()})
}

func main() {
	http.HandleFunc("/health", healthHandler)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
