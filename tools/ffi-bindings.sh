#!/usr/bin/env bash
# Builds the FFI library (with the rest of the workspace) and generates its Kotlin, Swift and Python bindings into
# client-sdk/ffi/bindings/{kotlin,swift,python}. The bindings are generated from the built
# library itself (UniFFI's library mode), so they always match it; they are not committed.
# The Python package also gets a copy of the library, so `import kinbridge_ffi` works with
# bindings/python on the path.
#
#   tools/ffi-bindings.sh            # debug build
#   tools/ffi-bindings.sh --release  # release build (what apps ship)
set -euo pipefail
cd "$(dirname "$0")/.."

profile=debug
flags=()
if [ "${1:-}" = "--release" ]; then
  profile=release
  flags=(--release)
fi

# One build of the whole workspace's libraries and binaries (the FFI library, the
# bindgen, the server the Python test runs): one feature set, so nothing builds twice.
cargo build "${flags[@]}" --workspace --lib --bins
case "$(uname -s)" in
  Darwin) lib="target/$profile/libkinbridge_ffi.dylib" ;;
  *) lib="target/$profile/libkinbridge_ffi.so" ;;
esac

out=client-sdk/ffi/bindings
rm -rf "$out"
for language in kotlin swift python; do
  "target/$profile/uniffi-bindgen" \
    generate --library "$lib" --language "$language" --out-dir "$out/$language" --no-format
done
cp "$lib" "$out/python/"
echo "bindings in $out: $(cd "$out" && find . -type f | sort | tr '\n' ' ')"
