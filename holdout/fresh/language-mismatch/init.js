-- Neovim config for JavaScript projects
local lspconfig = require('lspconfig')

vim.opt.tabstop = 2
vim.opt.shiftwidth = 2
vim.opt.expandtab = true

lspconfig.tsserver.setup({
  on_attach = function(client, bufnr)
    local opts = { buffer = bufnr }
    vim.keymap.set('n', 'gd', vim.lsp.buf.definition, opts)
    vim.keymap.set('n', 'K', vim.lsp.buf.hover, opts)
  end,
})

lspconfig.eslint.setup({})
