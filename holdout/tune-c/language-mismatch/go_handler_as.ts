// Package handlers exposes the HTTP handlers for the user service.
package handlers

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/acme/users/internal/store"
)

type CreateUserRequest struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

func (h *Handler) CreateUser(w http.ResponseWriter, r *http.Request) {
	var req CreateUserRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "malformed body", http.StatusBadRequest)
		return
	}
	u, err := h.store.Create(r.Context(), req.Email, req.Name)
	if errors.Is(err, store.ErrDuplicate) {
		http.Error(w, "email already registered", http.StatusConflict)
		return
	} else if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(u)
}
