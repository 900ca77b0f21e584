-- Drives dist/server.js from Neovim's built-in LSP client (headless) and writes what it saw as JSON.
-- env: SERVER (path to dist/server.js), FILE (source file to open), OUT (JSON result path)
local result = { initialized = false, diagnostics = {}, hover = nil, error = nil }

local function finish()
  local f = assert(io.open(os.getenv('OUT'), 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('FILE')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'typescript' -- the languageId sent in didOpen
  local client_id = vim.lsp.start_client({
    name = 'status-codes',
    cmd = { 'node', os.getenv('SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(os.getenv('FILE'), ':p:h'),
    on_init = function() result.initialized = true end,
  })
  assert(client_id, 'start_client returned nil')
  vim.lsp.buf_attach_client(bufnr, client_id)
  assert(vim.wait(10000, function() return result.initialized end, 20), 'server did not initialize')

  vim.wait(10000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, message = d.message, source = d.source,
      code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or vim.NIL })
  end

  -- hover on the first 414 in the file
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, l in ipairs(lines) do
    local s = l:find('414', 1, true)
    if s then
      local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = i - 1, character = s } }
      local resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
      local h = resp and resp[client_id] and resp[client_id].result
      result.hover = h and h.contents and h.contents.value or vim.NIL
      break
    end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then result.error = tostring(err) end
finish()
