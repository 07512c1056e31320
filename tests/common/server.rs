//! A `gabarit serve` started on a free port over a copy of the shipped
//! data, and a raw HTTP/1.1 client (so that a test can send the very path
//! it means, `..` included, which URL libraries would tidy up).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `gabarit serve`, stopped when dropped.
pub struct Server {
    child: Child,
    /// `127.0.0.1:port`.
    pub address: String,
    /// The copy of the data (`data/programme.yaml` and its lists).
    pub dir: tempfile::TempDir,
    /// What the server printed on stderr, read in the background.
    pub log: std::sync::Arc<std::sync::Mutex<String>>,
}

/// An HTTP answer.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    /// A header's value (name in any case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for e in std::fs::read_dir(from).expect("the data folder") {
        let e = e.expect("an entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("a type").is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).expect("a copy");
        }
    }
}

impl Server {
    /// Starts `gabarit serve --port 0` (in `lang`) over a copy of `data/`.
    pub fn start(lang: &str) -> Server {
        Server::start_with(lang, &[], None)
    }

    /// [`Server::start`] with more arguments, and `PATH` set to `path`
    /// when given.
    pub fn start_with(lang: &str, args: &[&str], path: Option<&std::ffi::OsStr>) -> Server {
        let dir = tempfile::tempdir().expect("a temporary folder");
        copy_dir(Path::new("data"), &dir.path().join("data"));
        let mut command = Command::new(env!("CARGO_BIN_EXE_gabarit"));
        if let Some(path) = path {
            command.env("PATH", path);
        }
        let mut child = command
            .args(["--lang", lang, "serve", "--port", "0", "--data"])
            .arg(dir.path().join("data/programme.yaml"))
            .arg("--out")
            .arg(dir.path().join("output"))
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("gabarit serve starts");
        let stdout = child.stdout.take().expect("stdout");
        let mut stdout = BufReader::new(stdout);
        let mut line = String::new();
        stdout.read_line(&mut line).expect("the first line");
        // The rest is read, so that the server never writes into a closed
        // pipe.
        std::thread::spawn(move || for _ in stdout.lines().map_while(Result::ok) {});
        let address = line
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        let log = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let stderr = child.stderr.take().expect("stderr");
        let sink = log.clone();
        std::thread::spawn(move || {
            for l in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Ok(mut s) = sink.lock() {
                    s.push_str(&l);
                    s.push('\n');
                }
            }
        });
        Server {
            child,
            address,
            dir,
            log,
        }
    }

    /// The programme file of the copy.
    pub fn programme(&self) -> PathBuf {
        self.dir.path().join("data/programme.yaml")
    }

    /// `http://127.0.0.1:port`.
    pub fn url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Sends `method target` as it is written, and reads the answer.
    pub fn request(&self, method: &str, target: &str) -> Answer {
        self.request_with_host(method, target, &self.address.clone())
    }

    /// [`Server::request`] with the `Host` header given.
    pub fn request_with_host(&self, method: &str, target: &str, host: &str) -> Answer {
        let mut s = TcpStream::connect(&self.address).expect("the server answers");
        s.set_read_timeout(Some(Duration::from_secs(60)))
            .expect("a timeout");
        write!(
            s,
            "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"
        )
        .expect("the request is sent");
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).expect("the answer");
        let split = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("headers end");
        let head = String::from_utf8_lossy(&raw[..split]).into_owned();
        let mut lines = head.lines();
        let status: u16 = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|c| c.parse().ok())
            .expect("a status");
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
            .collect();
        let mut body = raw[split + 4..].to_vec();
        let chunked = headers.iter().any(|(n, v)| {
            n.eq_ignore_ascii_case("transfer-encoding") && v.eq_ignore_ascii_case("chunked")
        });
        if chunked {
            body = dechunk(&body);
        }
        Answer {
            status,
            headers,
            body,
        }
    }

    /// GET `target`.
    pub fn get(&self, target: &str) -> Answer {
        self.request("GET", target)
    }

    /// Waits until the home page's state is `state` (`ready`, `errors`),
    /// at most `limit`.
    pub fn wait_for(&self, state: &str, limit: Duration) -> String {
        let start = Instant::now();
        let mark = format!("data-state=\"{state}\"");
        loop {
            let page = self.get("/?fragment=1").text();
            if page.contains(&mark) {
                return page;
            }
            assert!(
                start.elapsed() < limit,
                "the page never reached {state}: {page}\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Its exit status, if it ended.
    pub fn try_wait(&mut self) -> Option<std::process::ExitStatus> {
        self.child.try_wait().ok().flatten()
    }

    /// What the server said on stderr so far.
    pub fn log(&self) -> String {
        self.log.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = raw.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&raw[..end]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = end + 2;
        out.extend_from_slice(&raw[start..start + size]);
        raw = &raw[start + size + 2..];
    }
    out
}

/// How long a refresh may take in a debug build on a busy 2-core machine.
pub const LIMIT: Duration = Duration::from_secs(300);
