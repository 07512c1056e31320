//! Watching the programme, its lists and the template folders with
//! `notify`: the folders that hold them are watched (editors save by
//! writing a new file and renaming it), and only a change to one of the
//! files read, or to a template, wakes the worker. Changes that come
//! together (an editor writes, renames, touches) make one refresh.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use super::state::Inputs;

/// How long the files must stay quiet before a refresh.
const QUIET: Duration = Duration::from_millis(120);

/// A watcher over a set of inputs.
pub struct Watch {
    watcher: notify::RecommendedWatcher,
    events: Receiver<notify::Result<notify::Event>>,
    inputs: Inputs,
    /// The folders of the files read.
    data_folders: Vec<PathBuf>,
    folders: Vec<PathBuf>,
    out: PathBuf,
}

impl Watch {
    /// A watcher, with nothing watched yet.
    pub fn new(out: &Path) -> notify::Result<Watch> {
        let (tx, events) = channel();
        let watcher = notify::recommended_watcher(move |e| {
            // The worker gone, nobody listens.
            let _ = tx.send(e);
        })?;
        Ok(Watch {
            watcher,
            events,
            inputs: Inputs::default(),
            data_folders: Vec::new(),
            folders: Vec::new(),
            out: absolute(out),
        })
    }

    /// Watches the folders of `inputs` (and no other).
    pub fn follow(&mut self, inputs: Inputs) {
        let mut data_folders: Vec<PathBuf> = inputs
            .files
            .iter()
            .filter_map(|f| absolute(f).parent().map(Path::to_path_buf))
            .collect();
        data_folders.sort();
        data_folders.dedup();
        // A template folder not made yet is seen from its parent.
        let parents = inputs
            .folders
            .iter()
            .filter_map(|f| absolute(f).parent().map(Path::to_path_buf));
        let mut folders: Vec<PathBuf> = data_folders
            .iter()
            .cloned()
            .chain(inputs.folders.iter().map(|f| absolute(f)))
            .chain(parents)
            .filter(|f| f.is_dir())
            .collect();
        folders.sort();
        folders.dedup();
        for gone in self.folders.iter().filter(|f| !folders.contains(f)) {
            let _ = self.watcher.unwatch(gone);
        }
        for new in folders.iter().filter(|f| !self.folders.contains(f)) {
            // A folder that cannot be watched is seen again at the next
            // refresh; the page still works by reloading.
            let _ = self.watcher.watch(new, RecursiveMode::NonRecursive);
        }
        self.folders = folders;
        self.data_folders = data_folders;
        self.inputs = Inputs {
            files: inputs.files.iter().map(|f| absolute(f)).collect(),
            folders: inputs.folders.iter().map(|f| absolute(f)).collect(),
        };
    }

    /// Whether a change to `path` matters.
    fn matters(&self, path: &Path) -> bool {
        let path = absolute(path);
        if path.starts_with(&self.out) {
            return false;
        }
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Editors' own files: swap, backup, lock.
        if name.starts_with(".#") || name.ends_with('~') || name.ends_with(".swp") {
            return false;
        }
        let data_like = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            matches!(
                e.to_ascii_lowercase().as_str(),
                "yaml" | "yml" | "csv" | "xlsx" | "xls" | "ods" | "png" | "jpg" | "jpeg"
            )
        });
        // A file read, a template folder made, anything in one; or a list
        // or image beside the programme (a list named but missing when it
        // was read, saved at last).
        self.inputs.files.contains(&path)
            || self.inputs.folders.contains(&path)
            || path.parent().is_some_and(|p| {
                self.inputs.folders.contains(p)
                    || (data_like && self.data_folders.iter().any(|d| d == p))
            })
    }

    /// Waits for a change that matters, then for the files to be quiet.
    /// Returns false when the watcher stopped.
    pub fn wait(&self) -> bool {
        loop {
            match self.events.recv() {
                Ok(Ok(e)) if changes(&e.kind) && e.paths.iter().any(|p| self.matters(p)) => {
                    break;
                }
                Ok(_) => continue,
                Err(_) => return false,
            }
        }
        loop {
            match self.events.recv_timeout(QUIET) {
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) => return true,
                Err(RecvTimeoutError::Disconnected) => return false,
            }
        }
    }
}

/// Whether an event is a change: reading a file (gabarit reads the
/// programme and the logo at each refresh) opens and closes it, and must
/// not wake the worker again, or it would refresh for ever.
fn changes(kind: &notify::EventKind) -> bool {
    use notify::EventKind;
    use notify::event::{AccessKind, AccessMode};
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) | EventKind::Other => false,
        EventKind::Any | EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) => true,
    }
}

/// `path` made absolute against the current folder, `.` and `..` removed
/// by name (the file may not exist yet).
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}
