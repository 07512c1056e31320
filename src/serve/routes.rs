//! The addresses `serve` answers, all read-only (GET and HEAD; any other
//! method is refused with 405):
//!
//! - `/`: the home page;
//! - `/document/<folder>/<name>`: a document's page;
//! - `/files/<folder>/<file>`: a file of the current build;
//! - `/signed/<folder>/<name>`: the signed copy of an issued document,
//!   from the archive;
//! - `/documents.zip`: every file of the current build;
//! - `/events`: server-sent events, one `update` per change of the view.
//!
//! Pages take `?fragment=1` to give only their `main` (what the script
//! replaces). A file is served only when it is one of the current build's,
//! named exactly, a regular file (not a link) inside the output folder:
//! anything else (`..`, encoded or not, an absolute path, a symbolic link)
//! is a 404, and logged.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;

use super::pages;
use super::state::LiveView;
use crate::t;

/// What the handlers share.
#[derive(Clone)]
pub struct App {
    /// The view and its change channel.
    pub shared: Arc<LiveView>,
    /// The output folder.
    pub out: PathBuf,
    /// The port listened on: only `127.0.0.1:port` and `localhost:port`
    /// are answered as hosts.
    pub port: u16,
}

/// `?fragment=1`.
#[derive(serde::Deserialize, Default)]
pub struct Fragment {
    fragment: Option<String>,
}

impl Fragment {
    fn wanted(&self) -> bool {
        self.fragment.is_some()
    }
}

/// The router.
pub fn router(app: App) -> axum::Router {
    axum::Router::new()
        .route("/", get(home))
        .route("/document/{folder}/{name}", get(document))
        .route("/files/{*path}", get(file))
        .route("/signed/{folder}/{name}", get(signed))
        .route("/documents.zip", get(archive))
        .route("/events", get(events))
        // Browsers ask for it on every page: no icon, and no log line.
        .route("/favicon.ico", get(|| async { StatusCode::NO_CONTENT }))
        .fallback(fallback)
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            local_only,
        ))
        .with_state(app)
}

/// Refuses a request whose `Host` is not this computer's address: a web
/// page elsewhere could otherwise point a name of its own at 127.0.0.1
/// (DNS rebinding) and read the documents through the visitor's browser.
async fn local_only(
    State(app): State<App>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    let allowed = [
        format!("127.0.0.1:{}", app.port),
        format!("localhost:{}", app.port),
    ];
    if allowed.iter().any(|a| a.eq_ignore_ascii_case(host)) {
        return next.run(request).await;
    }
    eprintln!(
        "{}",
        t!(
            "serve-refused-host",
            host = host.to_string(),
            path = request.uri().to_string()
        )
    );
    (StatusCode::FORBIDDEN, Html(pages::not_found())).into_response()
}

fn html(body: String) -> Response {
    let mut r = Html(body).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn home(State(app): State<App>, Query(q): Query<Fragment>) -> Response {
    let v = app.shared.view();
    let (state, main) = (pages::state_line(&v), pages::home_main(&v));
    if q.wanted() {
        return html(pages::fragment(&state, &main));
    }
    let heading = if v.title.is_empty() {
        t!("serve-name")
    } else {
        v.title.clone()
    };
    html(pages::page(&heading, &heading, &state, &main))
}

async fn document(
    State(app): State<App>,
    UrlPath((folder, name)): UrlPath<(String, String)>,
    Query(q): Query<Fragment>,
) -> Response {
    let v = app.shared.view();
    let Some(d) = v.document(&folder, &name) else {
        eprintln!(
            "{}",
            t!("serve-refused", path = format!("/document/{folder}/{name}"))
        );
        return not_found();
    };
    let (state, main) = (pages::state_line(&v), pages::document_main(&v, d));
    if q.wanted() {
        return html(pages::fragment(&state, &main));
    }
    html(pages::page(&d.title, &d.title, &state, &main))
}

fn not_found() -> Response {
    let mut r = (StatusCode::NOT_FOUND, Html(pages::not_found())).into_response();
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn fallback(uri: Uri) -> Response {
    eprintln!("{}", t!("serve-refused", path = uri.to_string()));
    not_found()
}

/// The file at `path` (relative, with `/`) in `out`, when it is one of the
/// build's, a regular file, and inside the folder.
pub fn guarded(out: &Path, path: &str, known: bool) -> Option<PathBuf> {
    if !known {
        return None;
    }
    let relative = Path::new(path);
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let full = out.join(relative);
    // Each step must be a real folder or file, not a link.
    let mut step = out.to_path_buf();
    for c in relative.components() {
        step.push(c);
        let meta = std::fs::symlink_metadata(&step).ok()?;
        if meta.file_type().is_symlink() {
            return None;
        }
    }
    let root = std::fs::canonicalize(out).ok()?;
    let real = std::fs::canonicalize(&full).ok()?;
    (real.starts_with(&root) && real.is_file()).then_some(real)
}

fn content_type(path: &str) -> &'static str {
    if path.ends_with(".pdf") {
        "application/pdf"
    } else if path.ends_with(".docx") {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    } else {
        "application/octet-stream"
    }
}

async fn file(State(app): State<App>, UrlPath(path): UrlPath<String>) -> Response {
    let known = app.shared.view().serves(&path);
    let out = app.out.clone();
    let asked = path.clone();
    let bytes = tokio::task::spawn_blocking(move || {
        guarded(&out, &asked, known).and_then(|p| std::fs::read(p).ok())
    })
    .await
    .ok()
    .flatten();
    let Some(bytes) = bytes else {
        eprintln!("{}", t!("serve-refused", path = format!("/files/{path}")));
        return not_found();
    };
    let name = path.rsplit('/').next().unwrap_or("document");
    let disposition = if path.ends_with(".pdf") {
        format!("inline; filename=\"{name}\"")
    } else {
        format!("attachment; filename=\"{name}\"")
    };
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&path)),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

/// The signed copy of an issued document, as the archive keeps it.
async fn signed(
    State(app): State<App>,
    UrlPath((folder, name)): UrlPath<(String, String)>,
) -> Response {
    let file = app
        .shared
        .view()
        .document(&folder, &name)
        .and_then(|d| d.act.as_ref())
        .and_then(|a| a.signed_file.clone());
    let bytes = match file {
        Some(path) => tokio::task::spawn_blocking(move || {
            std::fs::read(&path).ok().map(|b| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                (name, b)
            })
        })
        .await
        .ok()
        .flatten(),
        None => None,
    };
    let Some((file_name, bytes)) = bytes else {
        eprintln!(
            "{}",
            t!("serve-refused", path = format!("/signed/{folder}/{name}"))
        );
        return not_found();
    };
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&file_name)),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    r
}

/// Every file of the current build in one ZIP, as it is on disk (the PDF
/// and DOCX files are compressed already: stored as they are).
fn zip_of(out: &Path, paths: &[String]) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::DEFAULT)
        .unix_permissions(0o644);
    for path in paths {
        let Some(real) = guarded(out, path, true) else {
            continue;
        };
        let bytes = std::fs::read(real).ok()?;
        zip.start_file(path.as_str(), options).ok()?;
        zip.write_all(&bytes).ok()?;
    }
    Some(zip.finish().ok()?.into_inner())
}

async fn archive(State(app): State<App>) -> Response {
    let v = app.shared.view();
    let paths: Vec<String> = v
        .documents
        .iter()
        .flat_map(|d| d.files.iter().map(|f| f.path.clone()))
        .collect();
    let out = app.out.clone();
    let bytes = tokio::task::spawn_blocking(move || zip_of(&out, &paths))
        .await
        .ok()
        .flatten();
    let Some(bytes) = bytes else {
        return (StatusCode::SERVICE_UNAVAILABLE, t!("serve-zip-failed")).into_response();
    };
    let mut r = bytes.into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/zip"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"documents.zip\""),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn events(
    State(app): State<App>,
) -> Sse<impl futures_util::Stream<Item = Result<Event, std::convert::Infallible>>> {
    let rx = app.shared.subscribe();
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        let data = match rx.recv().await {
            Ok(generation) => generation.to_string(),
            // Changes missed: one update says it all.
            Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => "lagged".to_string(),
            Err(tokio::sync::broadcast::error::RecvError::Closed) => return None,
        };
        Some((Ok(Event::default().event("update").data(data)), rx))
    });
    // A comment every few seconds: an open page's stream is never taken
    // for an idle connection (see `limits::IDLE`).
    Sse::new(stream).keep_alive(KeepAlive::new().interval(super::limits::IDLE / 3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_build_s_regular_files_inside_the_folder() {
        let dir = tempfile::tempdir().expect("a folder");
        let out = dir.path().join("output");
        std::fs::create_dir_all(out.join("conventions")).expect("a folder");
        std::fs::write(out.join("conventions/a.pdf"), b"%PDF").expect("a file");
        std::fs::write(dir.path().join("secret.txt"), b"secret").expect("a file");
        assert!(guarded(&out, "conventions/a.pdf", true).is_some());
        assert!(guarded(&out, "conventions/a.pdf", false).is_none());
        for path in [
            "../secret.txt",
            "conventions/../../secret.txt",
            "/etc/passwd",
            "",
        ] {
            assert!(guarded(&out, path, true).is_none(), "{path}");
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(
                dir.path().join("secret.txt"),
                out.join("conventions/b.pdf"),
            )
            .expect("a link");
            assert!(guarded(&out, "conventions/b.pdf", true).is_none());
        }
    }
}
