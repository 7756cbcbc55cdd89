//! Embeds every Fluent file under `locales/<locale>/` and `content/` (and the consent
//! purposes' `purpose.toml`) at compile time, so the library needs no file access on a phone.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

fn main() -> io::Result<()> {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(io::Error::other)?);
    let root = manifest.join("..").join("..");
    let mut out = String::new();
    for (tree, kind) in [("locales", "Locales"), ("content", "Content")] {
        let dir = root.join(tree);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        if dir.is_dir() {
            collect(&dir, &mut files)?;
        }
        files.sort();
        writeln!(
            out,
            "pub static {}: &[EmbeddedFile] = &[",
            kind.to_uppercase()
        )
        .map_err(io::Error::other)?;
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let rel = path.strip_prefix(&dir).map_err(io::Error::other)?;
            let rel = rel.to_string_lossy().replace('\\', "/");
            let abs = path.canonicalize()?;
            writeln!(
                out,
                "    EmbeddedFile {{ path: {rel:?}, source: include_str!({:?}) }},",
                abs.to_string_lossy()
            )
            .map_err(io::Error::other)?;
        }
        out.push_str("];\n");
    }
    let dest = PathBuf::from(env::var("OUT_DIR").map_err(io::Error::other)?).join("embedded.rs");
    fs::write(dest, out)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, files)?;
        } else if path.extension().is_some_and(|e| e == "ftl" || e == "toml") {
            files.push(path);
        }
    }
    Ok(())
}
