//! Gives the program an identity of its source: a digest of `src/`, the
//! engine's `src/` and `fonts/`, the `Cargo.toml` files and `Cargo.lock`, as `GABARIT_SOURCE_ID`.
//!
//! Incremental builds compare it: outputs made by another gabarit (a fixed
//! renderer, other fonts) are made again, even when the version number and
//! the data are the same.

use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// FNV-1a, 64 bits: stable across Rust releases, unlike `DefaultHasher`.
fn fnv(hash: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *hash ^= u64::from(*b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

fn main() {
    let mut paths = Vec::new();
    for dir in ["src", "crates/engine/src", "crates/engine/fonts"] {
        files(Path::new(dir), &mut paths);
        println!("cargo:rerun-if-changed={dir}");
    }
    for file in ["Cargo.toml", "Cargo.lock", "crates/engine/Cargo.toml"] {
        paths.push(PathBuf::from(file));
        println!("cargo:rerun-if-changed={file}");
    }
    paths.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for path in &paths {
        fnv(&mut hash, path.to_string_lossy().as_bytes());
        fnv(&mut hash, &[0]);
        fnv(&mut hash, &std::fs::read(path).unwrap_or_default());
        fnv(&mut hash, &[0]);
    }
    println!("cargo:rustc-env=GABARIT_SOURCE_ID={hash:016x}");
}
