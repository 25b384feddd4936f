"""The CLI's commands, one module per command group; `sheltercheck.cli` registers them."""
