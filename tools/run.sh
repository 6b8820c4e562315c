#!/bin/sh
# Runs one of the project's npm scripts with the Node.js the project needs, installing what is
# missing first. `npm start` and `npm test` both come through here, so a fresh machine with only an
# older system Node (20) needs no other step.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# 1. Node.js 24 from the npm registry's `node` package, kept in tools/node_modules, unless the system's Node
#    already is the major version in .nvmrc (CI's actions/setup-node, nvm).
system_node=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || true)
if [ "$system_node" != "$(cat .nvmrc)" ] && { [ ! -x tools/node_modules/.bin/node ] || [ tools/package-lock.json -nt tools/node_modules/.package-lock.json ]; }; then
  echo "› 安装项目所需的 Node.js（tools/package.json）…"
  npm ci --prefix tools --no-audit --no-fund
fi
PATH="$root/tools/node_modules/.bin:$PATH"
export PATH

# 2. The project's packages, again whenever package-lock.json changed.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› 安装依赖（npm ci，Node.js $(node --version)）…"
  npm ci --no-audit --no-fund
fi

# What the editor typed after the script's name (`npm start -- --port 4400`) goes to the script itself,
# after npm's own `--`: without it npm would take `--port` as one of its own settings.
script=$1
shift
if [ $# -gt 0 ]; then
  exec npm run "$script" -- "$@"
fi
exec npm run "$script"
