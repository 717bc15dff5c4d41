# ~/.bashrc additions

export EDITOR=nvim
export HISTSIZE=50000
export HISTCONTROL=ignoreboth:erasedups
shopt -s histappend

alias ll='ls -lah'
alias gs='git status -sb'
alias gd='git diff'
alias k='kubectl'
# …your existing aliases

mkcd() {
  mkdir -p "$1" && cd "$1"
}

if command -v fzf >/dev/null 2>&1; then
  eval "$(fzf --bash)"
fi

[ -f ~/.bash_local ] && . ~/.bash_local
