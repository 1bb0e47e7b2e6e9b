#!/usr/bin/env bash
# Installs the Debian 12 packages Akhbar needs to build, test and render.
# Runs as root on a fresh machine; otherwise prints the apt-get line to run.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libicu-dev libboost-graph-dev nlohmann-json3-dev libyaml-cpp-dev libyaml-dev
  libgraphviz-dev graphviz libcli11-dev libtbb-dev libsimdjson-dev
  libjemalloc-dev liburing-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  fonts-noto-core librsvg2-bin libfontconfig-dev libfreetype-dev libxml2-dev
  python3 python3-networkx node-ajv
  clang libclang-rt-14-dev
  ripgrep bc time
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

install_line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "akhbar: missing Debian packages; as root run:" >&2
  echo "  apt-get update && $install_line" >&2
  exit 1
fi

echo "akhbar: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
$install_line
