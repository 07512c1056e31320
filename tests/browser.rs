//! `gabarit serve` in a real browser: headless Chromium driven through
//! WebDriver (chromedriver, with fantoccini). The home page shows what a
//! person expects; a save that breaks the YAML shows the diagnostic
//! without a reload; a save that fixes it (and changes one member's
//! deliberation date) brings the page back to "up to date" with that
//! member's convention made again.
//!
//! `.ci/run` installs Debian's `chromium` and `chromium-driver`; without
//! them the test is skipped, unless `GABARIT_REQUIRE_READBACK` is set.
//! `GABARIT_SERVE_SAVES=10` repeats the break-and-fix cycle and prints the
//! time from each save to the updated page.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::server::{LIMIT, Server};
use fantoccini::{Client, ClientBuilder};

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn driver() -> Option<Driver> {
    let found = Command::new("chromedriver")
        .arg("--version")
        .output()
        .is_ok()
        && std::path::Path::new("/usr/bin/chromium").exists();
    if !found {
        assert!(
            std::env::var_os("GABARIT_REQUIRE_READBACK").is_none(),
            "chromium and chromedriver are not installed"
        );
        eprintln!(
            "browser: SKIPPED: chromium or chromedriver is not installed (Debian: chromium chromium-driver); .ci/run installs them"
        );
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "chromedriver never listened"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Some(Driver { child, port })
}

async fn browser(driver: &Driver) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), "chrome".into());
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1200,900"]
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a browser session")
}

/// What a person sees in the page's state line and `main`.
async fn seen(c: &Client) -> String {
    c.execute(
        "return document.getElementById('state').innerText + '\\n' + document.querySelector('main').innerText;",
        vec![],
    )
        .await
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Waits until the page shows `text`; returns the time it took.
async fn until_seen(c: &Client, text: &str, server: &Server) -> Duration {
    let start = Instant::now();
    loop {
        let page = seen(c).await;
        if page.contains(text) {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < LIMIT,
            "the page never showed {text:?}:\n{page}\n{}",
            server.log()
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// The `href` of the Bressuire convention's PDF link (read in one step:
/// the page may replace its content at any time).
async fn convention_link(c: &Client) -> String {
    c.execute(
        "const a = document.querySelector(\"a[href^='/files/conventions/convention-programme-bressuire.pdf']\");
         return a ? a.getAttribute('href') : '';",
        vec![],
    )
    .await
    .ok()
    .and_then(|v| v.as_str().map(str::to_string))
    .unwrap_or_default()
}

/// The page was not reloaded since the marker was set.
async fn not_reloaded(c: &Client) -> bool {
    c.execute("return window.gabaritMarker === 42;", vec![])
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

const READY: &str = "Données cohérentes, documents à jour";
const BROKEN: &str = "clé inconnue `budjet`";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_follows_the_saves_without_a_reload() {
    let Some(driver) = driver() else { return };
    let server = Server::start("fr");
    server.wait_for("ready", LIMIT);
    let c = browser(&driver).await;
    c.goto(&server.url()).await.expect("the home page opens");

    // What a person sees: the state, the figures, the documents.
    until_seen(&c, READY, &server).await;
    let page = seen(&c).await;
    for expected in [
        "Chiffres clés",
        "membres",
        "88\u{202f}624,00\u{a0}€",
        "Documents",
        "Tout télécharger (ZIP)",
    ] {
        assert!(page.contains(expected), "{expected:?} not in:\n{page}");
    }
    let link = convention_link(&c).await;
    assert!(link.contains(".pdf?v="), "{link}");
    let content_type = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
            vec![link.clone().into()],
        )
        .await
        .expect("the PDF is fetched");
    assert_eq!(content_type.as_str(), Some("200 application/pdf"));

    c.execute("window.gabaritMarker = 42;", vec![])
        .await
        .expect("a marker");
    let good = std::fs::read_to_string(server.programme()).expect("the programme");
    let saves: usize = std::env::var("GABARIT_SERVE_SAVES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let (mut to_diagnostic, mut to_remade) = (Vec::new(), Vec::new());
    let mut link = link;
    for round in 0..saves {
        // A save that breaks the data: the diagnostic shows, the documents
        // stay, marked stale; the page was not reloaded.
        let broken = good.replacen("\nbudget:", "\nbudjet:", 1);
        assert_ne!(broken, good);
        std::fs::write(server.programme(), &broken).expect("a save");
        to_diagnostic.push(until_seen(&c, BROKEN, &server).await);
        let page = seen(&c).await;
        assert!(page.contains("vouliez-vous dire `budget`"), "{page}");
        assert!(
            page.contains("pas à jour (les données ont une erreur)"),
            "{page}"
        );
        assert!(not_reloaded(&c).await, "the page was reloaded");

        // A save that fixes it and changes one member's deliberation date:
        // the page comes back to up to date, with that convention remade.
        let day = 10 + round % 18;
        let fixed = good.replacen(
            "deliberation: { date: 2006-10-16 }",
            &format!("deliberation: {{ date: 2006-09-{day:02} }}"),
            1,
        );
        assert_ne!(fixed, good);
        let saved = Instant::now();
        std::fs::write(server.programme(), &fixed).expect("a save");
        loop {
            let page = seen(&c).await;
            if page.contains(READY) && convention_link(&c).await != link {
                break;
            }
            assert!(
                saved.elapsed() < LIMIT,
                "never remade:\n{page}\n{}",
                server.log()
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        to_remade.push(saved.elapsed());
        assert!(!seen(&c).await.contains(BROKEN));
        assert!(not_reloaded(&c).await, "the page was reloaded");
        link = convention_link(&c).await;
    }
    if saves > 1 {
        let median = |v: &mut Vec<Duration>| {
            v.sort();
            v[v.len() / 2]
        };
        println!(
            "{saves} saves: to the diagnostic, median {:?} ({to_diagnostic:?}); to the remade document, median {:?} ({to_remade:?})",
            median(&mut to_diagnostic.clone()),
            median(&mut to_remade.clone())
        );
    }
    let _ = c.close().await;
}

/// An issued document in the page: its act number and date, and, once
/// the data change what it says, its state "changed since issue" with
/// the change (issue 24).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_issued_document_shows_its_number_and_its_changes_since_issue() {
    let Some(driver) = driver() else { return };
    let server = Server::start("fr");
    server.wait_for("ready", LIMIT);
    let programme = server.programme();
    let issued = Command::new(env!("CARGO_BIN_EXE_gabarit"))
        .args(["--lang", "en", "issue", "--data"])
        .arg(&programme)
        .arg("--out")
        .arg(
            programme
                .parent()
                .and_then(|d| d.parent())
                .expect("a folder")
                .join("output"),
        )
        .args(["convention-etat-cofinancement", "--date", "2006-11-30"])
        .output()
        .expect("gabarit issue runs");
    assert!(issued.status.success(), "{}", common::text(&issued.stderr));
    // A save that changes what the convention says (the court it names).
    let text = std::fs::read_to_string(&programme).expect("the programme");
    let changed = text.replacen(
        "tribunal administratif de Poitiers",
        "tribunal administratif de Limoges",
        1,
    );
    assert_ne!(changed, text);
    std::fs::write(&programme, changed).expect("a save");
    let c = browser(&driver).await;
    c.goto(&server.url()).await.expect("the home page opens");
    until_seen(&c, "modifié depuis l’émission (avenant à faire)", &server).await;
    let page = seen(&c).await;
    assert!(
        page.contains("acte n°\u{a0}2006-CONV-001 émis le 30/11/2006"),
        "{page}"
    );
    assert!(
        page.contains("Poitiers → tribunal administratif de Limoges"),
        "{page}"
    );
    // The amendment is made, as a document of its own.
    assert!(
        page.contains("avenant-1-convention-etat-cofinancement"),
        "{page}"
    );
    let _ = c.close().await;
}
