//! Writing output files: atomically (a temporary file in the same folder,
//! then a rename), so a reader never sees half a file and a failure never
//! damages what was there before.

use std::io::Write;
use std::path::Path;

/// How gabarit's temporary files start and end: a build removes those a
/// killed one left (see `build::is_leftover`).
pub const TMP_PREFIX: &str = ".gabarit-";
/// See [`TMP_PREFIX`].
pub const TMP_SUFFIX: &str = ".tmp";

/// Writes `bytes` to `path` atomically, with the permissions the umask
/// gives a new file (0644 under the usual 022), not 0600.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(TMP_PREFIX).suffix(TMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    // No fsync: the rename alone guarantees that a killed build never
    // leaves half a file; an fsync per file would only add durability
    // against power loss, at a millisecond or more per document.
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

pub use gabarit_engine::sha256_hex;
