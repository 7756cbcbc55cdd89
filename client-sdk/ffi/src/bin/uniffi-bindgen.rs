//! UniFFI's binding generator, pinned to the same UniFFI version as the library:
//! `cargo run -p kinbridge-ffi --bin uniffi-bindgen -- generate --library
//! target/debug/libkinbridge_ffi.so --language python --out-dir client-sdk/ffi/bindings/python`
//! (`tools/ffi-bindings.sh` generates Kotlin, Swift and Python).

fn main() {
    uniffi::uniffi_bindgen_main()
}
