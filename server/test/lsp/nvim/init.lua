-- Test harness for server/test/lsp/nvim.test.ts: loads the configuration documented in
-- docs/editors.md (CAREERPLAN_NVIM_CONFIG, taken from the page by the test), opens the plan named
-- by CAREERPLAN_NVIM_PLAN, waits for the server's diagnostics, asks for a hover, inlay hints and
-- code lenses, and writes what it got as JSON to CAREERPLAN_NVIM_OUT.
dofile(os.getenv('CAREERPLAN_NVIM_CONFIG'))

local result = { diagnostics = {} }
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('CAREERPLAN_NVIM_PLAN')))
  local bufnr = vim.api.nvim_get_current_buf()
  result.ready = vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 20)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, { code = d.code, lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, source = d.source })
  end
  local hover_line = tonumber(os.getenv('CAREERPLAN_NVIM_HOVER_LINE') or '0')
  local hover_col = tonumber(os.getenv('CAREERPLAN_NVIM_HOVER_COL') or '0')
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = { line = hover_line, character = hover_col } }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000) or {}
  for _, response in pairs(responses) do
    if response.result and response.result.contents then result.hover = response.result.contents.value end
  end
  -- Neovim 0.7 has no inlay hint UI: ask for them (and the code lenses) as any client would.
  local whole = { start = { line = 0, character = 0 }, ['end'] = { line = vim.api.nvim_buf_line_count(bufnr), character = 0 } }
  local hint_params = { textDocument = vim.lsp.util.make_text_document_params(bufnr), range = whole }
  result.inlayHints = {}
  for _, response in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/inlayHint', hint_params, 10000) or {}) do
    for _, hint in ipairs(response.result or {}) do
      table.insert(result.inlayHints, { line = hint.position.line, label = hint.label, tooltip = hint.tooltip and hint.tooltip.value })
    end
  end
  result.lenses = {}
  local lens_params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  for _, response in pairs(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeLens', lens_params, 10000) or {}) do
    for _, lens in ipairs(response.result or {}) do
      if lens.command then table.insert(result.lenses, lens.command.title) end
    end
  end
end)
if not ok then result.error = tostring(err) end

local out = io.open(os.getenv('CAREERPLAN_NVIM_OUT'), 'w')
out:write(vim.fn.json_encode(result))
out:close()
vim.cmd('qa!')
