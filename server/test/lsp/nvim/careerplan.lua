-- Career plan language server for Neovim 0.7+ (built-in LSP client, no plugins needed).
local careerplan_client
local function careerplan_attach(bufnr)
  if not careerplan_client or vim.lsp.client_is_stopped(careerplan_client) then
    careerplan_client = vim.lsp.start_client({
      name = 'careerplan',
      cmd = { 'careerplan-language-server', '--stdio' },
      root_dir = vim.fn.getcwd(),
      -- Answers the server's workspace/configuration requests (section "careerplan").
      settings = { careerplan = { rules = { ['stale-contact'] = 'off' } } },
    })
  end
  vim.lsp.buf_attach_client(bufnr, careerplan_client)
end
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
  pattern = { '*.careerplan.yaml', '*.careerplan.yml' },
  callback = function(args) careerplan_attach(args.buf) end,
})
