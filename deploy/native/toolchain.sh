#!/usr/bin/env bash
# Assembles the stand-in GRAALVM_HOME for this development machine (no GraalVM/Mandrel is packaged here)
# with ../shared/native-toolchain/setup.sh, cached in ${WELLWATCH_NATIVE_CACHE:-$HOME/.cache/wellwatch-native}.
# Prints the GRAALVM_HOME path on its last line. Production images use Mandrel proper (deploy/).
#
# Why the pre-download: setup.sh asks Debian trixie's Sources index for openjdk-25 25.0.3+9 (the build that
# matches the Temurin 25.0.3+9 here); the index has moved on to a newer version, but the pool still serves the
# 25.0.3+9 orig tarball. We fetch it ourselves and setup.sh checks it against the same sha256.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SETUP="${WELLWATCH_NATIVE_SETUP:-$ROOT/../shared/native-toolchain/setup.sh}"
CACHE="${WELLWATCH_NATIVE_CACHE:-$HOME/.cache/wellwatch-native}"
HOME_DIR="$CACHE/graalhome"
TARBALL="openjdk-25_25.0.3+9.orig.tar.xz"
SHA256="2dd6c441b49705480db1ebfcd03f43d5dcb7f1d4290e98c1fa6eeefae50cfa07"

if [[ -x "$HOME_DIR/bin/native-image" && -f "$CACHE/.complete" ]]; then
  echo "$HOME_DIR"
  exit 0
fi
[[ -f "$SETUP" ]] || { echo "native toolchain setup not found at $SETUP" >&2; exit 1; }
echo "native toolchain: assembling a stand-in GRAALVM_HOME in $CACHE (~2-5 min, once)" >&2
rm -rf "$CACHE"
mkdir -p "$CACHE/src"
curl -fsSL --retry 3 -o "$CACHE/src/$TARBALL" "http://deb.debian.org/debian/pool/main/o/openjdk-25/$TARBALL"
echo "$SHA256  $CACHE/src/$TARBALL" | sha256sum -c - >&2
bash "$SETUP" "$CACHE" >&2
[[ -x "$HOME_DIR/bin/native-image" ]] || { echo "native toolchain: setup finished without $HOME_DIR/bin/native-image (see $CACHE/setup.log)" >&2; exit 1; }
# setup.sh builds the static JNI libraries of java.base, java.management, jdk.management and jdk.net. The Kafka
# client also links JAAS (com.sun.security.auth.module.UnixSystem, module jdk.security.auth), and with ServiceLoader
# registration on (ingest: Paho's network modules) java.util.prefs comes in: build libjaas.a and libprefs.a too.
JDK_SRC="$CACHE/src/openjdk-25-25.0.3+9"
(cd "$JDK_SRC" && make -s JOBS="$(nproc)" jdk.security.auth-static-libs java.prefs-static-libs >&2)
cp "$JDK_SRC"/build/*/support/native/jdk.security.auth/libjaas/static/libjaas.a \
   "$JDK_SRC"/build/*/support/native/java.prefs/libprefs/static/libprefs.a "$HOME_DIR/lib/static/linux-amd64/glibc/"
touch "$CACHE/.complete"
echo "$HOME_DIR"
