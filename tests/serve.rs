//! `gabarit serve` over HTTP: every route, the files of the build only,
//! path-traversal attempts refused with 404 and logged, nothing written
//! by a request, the port in use said plainly. (The live page in a real
//! browser: `tests/browser.rs`.)

mod common;

use std::io::Read;
use std::process::Command;

use common::server::{LIMIT, Server};

#[test]
fn every_route_answers_and_only_the_build_s_files_are_served() {
    let server = Server::start("fr");
    let home = server.wait_for("ready", LIMIT);

    // The check, the figures, the documents, in French.
    assert!(home.contains("Données cohérentes"), "{home}");
    assert!(home.contains("<dt>membres</dt><dd>14</dd>"), "{home}");
    assert!(home.contains("88\u{202f}624,00\u{a0}€"), "{home}");
    let link = "/files/conventions/convention-programme-bressuire.pdf";
    assert!(home.contains(link), "{home}");

    // The whole page, with its language and its script.
    let page = server.get("/");
    assert_eq!(page.status, 200);
    assert!(
        page.header("content-type")
            .unwrap_or("")
            .starts_with("text/html")
    );
    let text = page.text();
    assert!(text.contains("<html lang=\"fr\">") && text.contains("new EventSource('/events')"));
    // The state line sits in a live region the script never replaces, so
    // that a screen reader says each new state; the fragment carries it
    // before `main`.
    assert!(
        text.contains(
            "<div id=\"state\" role=\"status\" aria-live=\"polite\"><div class=\"state ok\""
        ),
        "{text}"
    );
    assert!(
        home.find("data-state=")
            .zip(home.find("<!-- main -->"))
            .is_some_and(|(a, b)| a < b)
    );

    // A document's page shows its PDF inline and offers its DOCX.
    let doc = server.get("/document/conventions/convention-programme-bressuire");
    assert_eq!(doc.status, 200);
    let text = doc.text();
    assert!(
        text.contains("type=\"application/pdf\"") && text.contains(".docx?v="),
        "{text}"
    );

    // The files, with their types.
    let pdf = server.get(link);
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert!(pdf.body.starts_with(b"%PDF-"));
    let docx = server.get("/files/conventions/convention-programme-bressuire.docx");
    assert_eq!(docx.status, 200);
    assert_eq!(
        docx.header("content-type"),
        Some("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    );
    assert!(docx.body.starts_with(b"PK"));

    // Everything in one ZIP: every file of the build, as on disk.
    let zip = server.get("/documents.zip");
    assert_eq!(zip.status, 200);
    assert_eq!(zip.header("content-type"), Some("application/zip"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip.body)).expect("a zip");
    assert_eq!(archive.len(), 488);
    let mut inside = Vec::new();
    archive
        .by_name("conventions/convention-programme-bressuire.pdf")
        .expect("the convention")
        .read_to_end(&mut inside)
        .expect("its bytes");
    assert_eq!(inside, pdf.body);

    // The events stream is one.
    let mut s = std::net::TcpStream::connect(&server.address).expect("a connection");
    use std::io::Write;
    write!(
        s,
        "GET /events HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.address
    )
    .expect("sent");
    let mut head = [0u8; 512];
    let n = s.read(&mut head).expect("an answer");
    let head = String::from_utf8_lossy(&head[..n]).to_lowercase();
    assert!(
        head.starts_with("http/1.1 200") && head.contains("text/event-stream"),
        "{head}"
    );

    // What is not a page or a file of the build is a 404, and logged.
    let secret = server.dir.path().join("secret.txt");
    std::fs::write(&secret, "secret").expect("a file outside");
    let out = server.dir.path().join("output");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, out.join("conventions/lien.pdf")).expect("a link");
    for target in [
        "/files/../secret.txt",
        "/files/../data/programme.yaml",
        "/files/%2e%2e/secret.txt",
        "/files/%2E%2E%2Fsecret.txt",
        "/files/conventions/..%2f..%2fsecret.txt",
        "/files//etc/passwd",
        "/files/%2Fetc%2Fpasswd",
        "/files/manifest.json",
        "/files/conventions/lien.pdf",
        "/files/conventions",
        "/files/conventions/convention-programme-bressuire.pdf%00.txt",
        "/../secret.txt",
        "/document/conventions/nothing",
        "/document/../secret",
        "/nothing",
    ] {
        let a = server.get(target);
        assert_eq!(a.status, 404, "{target}");
        assert!(
            !a.text().contains("secret\n") && a.text() != "secret",
            "{target}"
        );
    }
    // Another host name pointed at 127.0.0.1 (DNS rebinding) is refused.
    let foreign = server.request_with_host("GET", link, "evil.example:80");
    assert_eq!(foreign.status, 403);
    assert!(!foreign.body.starts_with(b"%PDF"));
    let port = server.address.rsplit(':').next().unwrap_or("");
    let local = server.request_with_host("GET", link, &format!("localhost:{port}"));
    assert_eq!(local.status, 200);

    let log = server.log();
    assert!(
        log.contains("refusé") && log.contains("secret.txt") && log.contains("evil.example"),
        "{log}"
    );

    // No request writes: other methods are refused, the folder unchanged.
    let before = std::fs::read(out.join("manifest.json")).expect("the manifest");
    for method in ["POST", "PUT", "DELETE", "PATCH"] {
        let a = server.request(method, link);
        assert!(a.status == 405 || a.status == 404, "{method}: {}", a.status);
        assert_eq!(server.request(method, "/").status, 405, "{method} /");
    }
    assert_eq!(
        std::fs::read(out.join("manifest.json")).expect("the manifest"),
        before
    );
    assert!(
        out.join("conventions/convention-programme-bressuire.pdf")
            .is_file()
    );

    // A template saved in a `templates/` folder made beside the programme
    // is seen: the conventions it makes are made again.
    let version = |page: &str| {
        page.split(&format!("{link}?v="))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(str::to_string)
    };
    let old = version(&home).expect("a version");
    let templates = server.dir.path().join("data/templates");
    std::fs::create_dir(&templates).expect("a templates folder");
    let shipped = std::fs::read_to_string("templates/convention-programme.md.tera")
        .expect("the shipped template");
    std::fs::write(
        templates.join("convention-programme.md.tera"),
        format!("{shipped}\nModèle modifié pour l’essai.\n"),
    )
    .expect("a template");
    let start = std::time::Instant::now();
    loop {
        let page = server.get("/?fragment=1").text();
        if page.contains("data-state=\"ready\"") && version(&page).is_some_and(|v| v != old) {
            break;
        }
        assert!(
            start.elapsed() < LIMIT,
            "the template's change was not seen: {page}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // Then nothing changes by itself: the refresh reads the data, the
    // logo and the templates, and reading is not a change (each change of
    // the view counts one generation, shown in the page).
    let settled = server.get("/?fragment=1").text();
    std::thread::sleep(std::time::Duration::from_millis(2000));
    assert_eq!(
        server.get("/?fragment=1").text(),
        settled,
        "the page changed by itself"
    );
}

/// Ctrl-C stops the server at once, even with a page open (its events
/// stream never ends by itself).
#[cfg(unix)]
#[test]
fn ctrl_c_stops_it_with_a_page_open() {
    let mut server = Server::start("en");
    let mut events = std::net::TcpStream::connect(&server.address).expect("a connection");
    use std::io::Write;
    write!(
        events,
        "GET /events HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.address
    )
    .expect("sent");
    let mut head = [0u8; 256];
    let _ = events.read(&mut head).expect("the stream opens");
    let status = Command::new("kill")
        .args(["-INT", &server.pid().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
    let start = std::time::Instant::now();
    loop {
        if let Some(exit) = server.try_wait() {
            assert!(exit.success(), "{exit:?}");
            break;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "still running 10 s after Ctrl-C"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// `--open` hands the page's address to the desktop's launcher
/// (`xdg-open` here, a stand-in that writes down what it was given); with
/// no launcher at all, it says so and serves all the same.
#[cfg(unix)]
#[test]
fn open_starts_the_browser_on_the_page_or_says_it_cannot() {
    use std::os::unix::fs::PermissionsExt;
    let bin = tempfile::tempdir().expect("a folder");
    let said = bin.path().join("opened.txt");
    let launcher = bin.path().join("xdg-open");
    std::fs::write(
        &launcher,
        format!("#!/bin/sh\nprintf '%s' \"$1\" > '{}'\n", said.display()),
    )
    .expect("the stand-in");
    std::fs::set_permissions(&launcher, std::fs::Permissions::from_mode(0o755)).expect("mode");
    let path = format!("{}:/usr/bin:/bin", bin.path().display());
    let server = Server::start_with("fr", &["--open"], Some(path.as_ref()));
    let start = std::time::Instant::now();
    while !said.exists() && start.elapsed() < std::time::Duration::from_secs(10) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        std::fs::read_to_string(&said).expect("the launcher ran"),
        format!("{}/", server.url())
    );
    drop(server);

    let empty = tempfile::tempdir().expect("a folder");
    let server = Server::start_with("fr", &["--open"], Some(empty.path().as_os_str()));
    assert_eq!(server.request("GET", "/").status, 200);
    let said =
        |log: &str| log.contains(&format!("{}/", server.url())) && log.contains("navigateur");
    let start = std::time::Instant::now();
    let mut log = String::new();
    while !said(&log) && start.elapsed() < std::time::Duration::from_secs(10) {
        std::thread::sleep(std::time::Duration::from_millis(50));
        log = server.log.lock().expect("the log").clone();
    }
    assert!(said(&log), "{log}");
}

#[test]
fn a_port_in_use_is_said_plainly() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = taken.local_addr().expect("its address").port().to_string();
    let dir = tempfile::tempdir().expect("a folder");
    let out = Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .args(["--lang", "fr", "serve", "--port", &port, "--out"])
        .arg(dir.path().join("output"))
        .output()
        .expect("gabarit runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("le port {port} est déjà utilisé")) && err.contains("--port"),
        "{err}"
    );
}

/// An issued document's page gives its number, and its signed copy from
/// the archive (issue 24).
#[test]
fn an_issued_document_serves_its_signed_copy() {
    let server = Server::start("en");
    server.wait_for("ready", LIMIT);
    let programme = server.programme();
    let folder = programme.parent().expect("data/").to_path_buf();
    let out = folder.parent().expect("a folder").join("output");
    let scan = folder.join("scan.png");
    std::fs::write(&scan, b"\x89PNG\r\n\x1a\n a scan of the signed paper").expect("a scan");
    for args in [
        vec!["convention-etat-cofinancement", "--date", "2006-11-30"],
        vec![
            "--signed",
            scan.to_str().unwrap(),
            "convention-etat-cofinancement",
        ],
    ] {
        let done = Command::new(env!("CARGO_BIN_EXE_gabarit"))
            .args(["--lang", "en", "issue", "--data"])
            .arg(&programme)
            .arg("--out")
            .arg(&out)
            .args(&args)
            .output()
            .expect("gabarit issue runs");
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
    }
    // A save brings the page up to date with the register.
    let text = std::fs::read_to_string(&programme).expect("the programme");
    std::fs::write(&programme, format!("{text}\n")).expect("a save");
    let page = "/document/conventions/convention-etat-cofinancement";
    let start = std::time::Instant::now();
    loop {
        let seen = server.get(page).text();
        if seen.contains("act no. 2006-CONV-001 issued on 30/11/2006, signed copy stored") {
            assert!(
                seen.contains("/signed/conventions/convention-etat-cofinancement"),
                "{seen}"
            );
            break;
        }
        assert!(
            start.elapsed() < LIMIT,
            "never shown as issued:\n{seen}\n{}",
            server.log()
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let copy = server.get("/signed/conventions/convention-etat-cofinancement");
    assert_eq!(copy.status, 200);
    assert_eq!(copy.body, std::fs::read(&scan).expect("the scan"));
    assert_eq!(
        server
            .get("/signed/conventions/convention-programme-bressuire")
            .status,
        404
    );
}

/// Idle connections are closed, and do not keep the page from being
/// served (issue 25): 300 connections that never send a byte, then a
/// request, answered.
#[test]
fn idle_connections_are_closed_and_the_page_still_answers() {
    let server = Server::start("en");
    server.wait_for("ready", LIMIT);
    let idle: Vec<std::net::TcpStream> = (0..300)
        .filter_map(|_| std::net::TcpStream::connect(&server.address).ok())
        .collect();
    assert!(idle.len() >= 200, "{} connections", idle.len());
    let start = std::time::Instant::now();
    let page = server.get("/");
    assert_eq!(page.status, 200);
    // Once the idle ones are closed (15 s), not when they give up.
    assert!(
        start.elapsed() < std::time::Duration::from_secs(40),
        "answered after {:?}",
        start.elapsed()
    );
    // An idle connection is closed by the server: reading gives its end.
    let mut first = &idle[0];
    first
        .set_read_timeout(Some(std::time::Duration::from_secs(40)))
        .expect("a timeout");
    let mut byte = [0u8; 1];
    let read = first.read(&mut byte);
    let closed = match &read {
        Ok(0) => true,
        Err(e) => e.kind() == std::io::ErrorKind::ConnectionReset,
        Ok(_) => false,
    };
    assert!(closed, "the idle connection is still open: {read:?}");
    assert!(
        server.log().matches("connections are open").count() <= 1,
        "{}",
        server.log()
    );
}
