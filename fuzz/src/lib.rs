//! What the fuzz targets share: a folder with the shipped data files, and
//! the whole checking path a programme goes through.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A temporary folder holding copies of the shipped files named in `files`
/// (from `data/`), made once per process; the target writes its input
/// beside them.
pub fn shipped_folder(files: &'static [&'static str]) -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("gabarit-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        for name in files {
            std::fs::copy(data.join(name), dir.join(name)).expect("the shipped data files");
        }
        dir
    })
}

/// Loads the programme at `path`, applies every rule and renders every
/// diagnostic, as `gabarit check` does.
pub fn check(path: &Path) {
    let loaded = gabarit::load(path);
    for d in gabarit::check(&loaded) {
        let _ = d.render(&loaded.sources);
    }
}

/// The build's own worker pool (one thread, the build's stack size), made
/// once per process: targets render on it, as `gabarit build` does.
pub fn pool() -> &'static gabarit::build::Pool {
    static POOL: OnceLock<gabarit::build::Pool> = OnceLock::new();
    POOL.get_or_init(|| gabarit::build::worker_pool(1).expect("a worker thread"))
}
