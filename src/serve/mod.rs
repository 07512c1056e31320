//! `gabarit serve`: a local web page that shows the check, the key figures
//! and the documents, kept up to date as the data and templates change.
//!
//! The server listens on 127.0.0.1 only. A worker thread reads, checks and
//! builds (incrementally: the manifest knows what changed), then waits for
//! a change of the files it read ([`watch`]); each step changes the
//! [`state::View`] and tells the open pages through server-sent events
//! ([`routes`]), whose script fetches the page's content again.

pub mod limits;
pub mod pages;
pub mod routes;
pub mod state;
pub mod watch;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use crate::{Diagnostic, t};

/// What `gabarit serve` was asked.
#[derive(Debug, Clone)]
pub struct Options {
    /// The programme file.
    pub data: PathBuf,
    /// The output folder.
    pub out: PathBuf,
    /// The port (0: any free one).
    pub port: u16,
    /// Open the page in the default browser.
    pub open: bool,
    /// A folder of templates over the programme's own.
    pub templates: Option<PathBuf>,
}

fn failure(message: String, hint: String) -> Diagnostic {
    Diagnostic::error("serve", message).hint(hint)
}

/// Runs the server until Ctrl-C. Returns an error when it cannot start
/// (the port is taken, the output folder cannot be made).
pub fn run(options: Options) -> Result<(), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| {
            failure(
                t!("serve-cannot-start", reason = crate::i18n::io_reason(&e)),
                t!("defect-hint"),
            )
        })?;
    runtime.block_on(serve(options))
}

async fn serve(options: Options) -> Result<(), Diagnostic> {
    // An output folder that holds the programme would hide every save
    // (what is written there is not watched): refused before listening.
    let mut folders = crate::build::template_dirs(&options.data);
    folders.extend(options.templates.iter().cloned());
    crate::build::refuse_overlap(&options.out, &options.data, &folders)?;
    let address = SocketAddr::from((Ipv4Addr::LOCALHOST, options.port));
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AddrInUse => failure(
                t!("serve-port-in-use", port = options.port.to_string()),
                t!(
                    "serve-port-in-use-hint",
                    next = options.port.saturating_add(1).to_string()
                ),
            ),
            std::io::ErrorKind::PermissionDenied => failure(
                t!("serve-port-denied", port = options.port.to_string()),
                t!("serve-port-denied-hint"),
            ),
            _ => failure(
                t!("serve-cannot-start", reason = crate::i18n::io_reason(&e)),
                t!(
                    "serve-port-in-use-hint",
                    next = options.port.saturating_add(1).to_string()
                ),
            ),
        })?;
    let bound = listener.local_addr().map_err(|e| {
        failure(
            t!("serve-cannot-start", reason = crate::i18n::io_reason(&e)),
            t!("defect-hint"),
        )
    })?;
    std::fs::create_dir_all(&options.out).map_err(|e| {
        failure(
            t!(
                "build-cannot-create-folder",
                reason = crate::i18n::io_reason(&e)
            ),
            t!("build-folder-hint"),
        )
        .in_file(options.out.display().to_string(), 0, 0)
    })?;
    let mut watch = watch::Watch::new(&options.out).map_err(|e| {
        failure(
            t!("serve-cannot-watch", reason = e.to_string()),
            t!("serve-cannot-watch-hint"),
        )
    })?;
    let url = format!("http://{bound}/");
    // Said, not required: a closed terminal must not stop the server.
    {
        use std::io::Write;
        let mut stdout = std::io::stdout();
        let _ = writeln!(stdout, "{}", t!("serve-listening", url = url.clone()));
        let _ = writeln!(stdout, "{}", t!("serve-stop"));
        let _ = stdout.flush();
    }

    let shared = state::LiveView::new();
    let setup = state::Setup {
        data: options.data.clone(),
        out: options.out.clone(),
        templates: options.templates.clone(),
    };
    let worker_shared = shared.clone();
    std::thread::Builder::new()
        .name("gabarit-serve".into())
        .spawn(move || {
            loop {
                let inputs = state::refresh(&worker_shared, &setup);
                watch.follow(inputs);
                if !watch.wait() {
                    break;
                }
            }
        })
        .map_err(|e| {
            failure(
                t!("serve-cannot-start", reason = crate::i18n::io_reason(&e)),
                t!("defect-hint"),
            )
        })?;
    if options.open && open::that_detached(&url).is_err() {
        eprintln!("{}", t!("serve-cannot-open", url = url.clone()));
    }
    let app = routes::App {
        shared,
        out: options.out.clone(),
        port: bound.port(),
    };
    // Ctrl-C stops at once: an open page keeps its events stream open
    // for ever, so waiting for connections to end would never end. A
    // build cut short leaves no half file (each is written aside, then
    // renamed); the next build removes what it wrote aside.
    tokio::select! {
        served = axum::serve(limits::Limited::new(listener), routes::router(app)) => served.map_err(|e| {
            failure(
                t!("serve-cannot-start", reason = crate::i18n::io_reason(&e)),
                t!("defect-hint"),
            )
        }),
        _ = tokio::signal::ctrl_c() => {
            // Said, not required (a closed terminal).
            let said = format!("{}\n", t!("serve-stopped"));
            let _ = std::io::Write::write_all(&mut std::io::stdout(), said.as_bytes());
            Ok(())
        }
    }
}
