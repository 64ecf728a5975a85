#!/usr/bin/env bash
# Writes the shell completion scripts and the man page of `liaison` from its command definitions:
#   completions/liaison.bash, completions/liaison.zsh, completions/liaison.fish  (liaison --generate-completion-script)
#   docs/man/liaison.1                                                            (swift-argument-parser's generate-manual plugin)
# Run it after changing any option or help text, and commit the outputs; a test checks that the committed
# completion scripts name every subcommand.
#
# The man page's date is the date of the last commit that touched the command definitions, so that running
# the script twice gives the same bytes. Everything is built in debug mode (incremental, no release build);
# the plugin ships with swift-argument-parser, so no network access is needed once the package is resolved.
#
# Install:  bash: source completions/liaison.bash (or copy it to /etc/bash_completion.d/liaison)
#           zsh:  copy completions/liaison.zsh to a folder of $fpath as _liaison
#           fish: copy completions/liaison.fish to ~/.config/fish/completions/liaison.fish
#           man:  man ./docs/man/liaison.1 (or copy it to /usr/local/share/man/man1/)
set -euo pipefail
cd "$(dirname "$0")/../.."

swift build --product liaison
LIAISON=.build/debug/liaison

mkdir -p completions docs/man
for shell in bash zsh fish; do
    "$LIAISON" --generate-completion-script "$shell" > "completions/liaison.$shell"
done

date=$(git log -1 --format=%cs -- Sources/LiaisonCommands 2>/dev/null || true)
date=${date:-$(date -u +%Y-%m-%d)}
swift package generate-manual --configuration debug --date "$date" >&2
cp .build/plugins/GenerateManual/outputs/liaison/liaison.1 docs/man/liaison.1

echo "wrote completions/liaison.{bash,zsh,fish} and docs/man/liaison.1" >&2
