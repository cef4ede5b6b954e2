-- Neovim's built-in LSP client against privacy-tidy lsp (nvim --headless).
-- Environment: PRIVACY_TIDY (the executable), PROJECT (a project made by
-- setup_project.py), FILE (the file to open in it). Prints the diagnostics
-- Neovim received, one line each, and the server's exit code.
local function say(text)
  io.stdout:write(text .. '\n')
end

-- Whether the server published diagnostics (possibly none) for the file.
local published = false
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, cfg)
  publish(err, result, ctx, cfg)
  if vim.uri_to_fname(result.uri) == vim.api.nvim_buf_get_name(0) then
    published = true
  end
end

local root = vim.env.PROJECT
vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. vim.env.FILE))
local buf = vim.api.nvim_get_current_buf()
local exit_code = nil
local config = {
  name = 'privacy-tidy',
  cmd = { vim.env.PRIVACY_TIDY, 'lsp' },
  root_dir = root,
  on_exit = function(code) exit_code = code end,
}
-- vim.lsp.start (Neovim 0.8+) attaches the buffer itself.
local id
if vim.lsp.start then
  id = vim.lsp.start(config)
else
  id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(buf, id)
end

-- Bounded so a broken server fails the test instead of hanging it.
if not vim.wait(120000, function() return published end, 50) then
  say('no diagnostics published')
  vim.cmd('cquit 1')
end
say(#vim.diagnostic.get(buf) .. ' diagnostics')

local names = { 'error', 'warning', 'information', 'hint' }
local diagnostics = vim.diagnostic.get(buf)
table.sort(diagnostics, function(a, b) return a.lnum < b.lnum end)
for _, d in ipairs(diagnostics) do
  local lsp = (d.user_data or {}).lsp or {}
  say(string.format('%d:%d %s [%s] %s', d.lnum + 1, d.col + 1,
                    names[d.severity], lsp.code or d.code, d.message))
  for _, r in ipairs(lsp.relatedInformation or {}) do
    say(string.format('  related %s:%d %s', vim.fn.fnamemodify(
      vim.uri_to_fname(r.location.uri), ':t'), r.location.range.start.line + 1,
      r.message))
  end
end

vim.lsp.stop_client(id)
vim.wait(60000, function() return exit_code ~= nil end, 50)
say('server exit code ' .. tostring(exit_code))
vim.cmd('qall!')
