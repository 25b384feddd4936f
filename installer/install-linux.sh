#!/bin/sh
# Installs the unpacked ShelterCheck bundle for the current user: ~/.local/opt, a launcher and a menu entry.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
target="$HOME/.local/opt/$(basename "$here")"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons"
rm -rf "$target"
cp -r "$here" "$target"
ln -sf "$target/sheltercheck" "$HOME/.local/bin/sheltercheck"
cp "$here/sheltercheck.svg" "$HOME/.local/share/icons/sheltercheck.svg"
sed "s|^Exec=.*|Exec=$target/sheltercheck|" "$here/sheltercheck.desktop" > "$HOME/.local/share/applications/sheltercheck.desktop"
echo "ShelterCheck installed in $target"
