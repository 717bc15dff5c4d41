# shellcheck shell=bash
# Personal aliases, sourced from ~/.bashrc

alias ll='ls -alF'
alias la='ls -A'
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'
alias k='kubectl'
alias kctx='kubectl config use-context'
alias dcu='docker compose up -d'
alias dcd='docker compose down'

mkcd() {
  mkdir -p "$1" && cd "$1" || return
}

# add the rest of your aliases below