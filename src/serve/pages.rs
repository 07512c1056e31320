//! The pages `serve` shows, written on the server: the home page (the
//! check, the key figures, the documents by family) and a page per
//! document. Every text that comes from the data goes through [`escape`]:
//! a name can never become markup.

use super::state::{Document, Status, View};
use crate::{Format, t};

/// `text` with the five characters that mean something in HTML written as
/// entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A path of the output folder as a URL path: each segment
/// percent-encoded but for the characters gabarit's file names use.
pub fn url_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'/' => {
                out.push(b as char)
            }
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The style of every page: system fonts, dark text on white (contrast
/// above 7:1), visible focus. No file from the network.
const STYLE: &str = "
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.45}
header,#state,main,footer{max-width:72rem;margin:0 auto;padding:0 1.25rem}
header{border-bottom:2px solid #1b1b1b;padding-top:.75rem;padding-bottom:.5rem}
header p{margin:.2rem 0;color:#3a3a3a}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.25rem;margin-top:1.6rem;border-bottom:1px solid #bbb}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
a{color:#0b4f9c}
a:focus,button:focus{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 6px #f2b300}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem}
caption{text-align:left;font-weight:600;padding:.3rem 0}
.note{color:#6b4b00;font-weight:600}
.state{padding:.6rem .9rem;border-left:6px solid;margin:.8rem 0;font-weight:600}
.ok{border-color:#1d6b2a;background:#eaf5ec}
.bad{border-color:#b3261e;background:#fbeaea}
.busy{border-color:#8a5a00;background:#fff5e0}
pre{background:#f4f4f4;border:1px solid #ccc;padding:.7rem;overflow-x:auto;white-space:pre-wrap;font-size:.9rem}
pre.error{border-left:6px solid #b3261e}
pre.warning{border-left:6px solid #8a5a00}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
dt{font-weight:600}
dd{margin:0}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
.status-up-to-date{color:#1d6b2a}
.status-being-made{color:#8a5a00}
.status-failed{color:#b3261e;font-weight:600}
.status-stale{color:#6b4b00}
.status-issued{color:#1d4f91}
.status-changed{color:#8a5a00;font-weight:600}
object{width:100%;height:80vh;border:1px solid #bbb}
";

/// What separates the state line from `main` in a page's fragment
/// (`?fragment=1`). Data never holds it: every `<` of the data is escaped.
pub const FRAGMENT_MARK: &str = "<!-- main -->";

/// The little JavaScript of every page: when the server says the view
/// changed (server-sent events), the page's fragment is fetched again;
/// the state line (in a live region that stays, so that a screen reader
/// says the new state) and `main` are each replaced only if they changed.
/// Without JavaScript, a reload shows the same.
const SCRIPT: &str = "// not said: JavaScript, run by the browser
(function(){
  var state=document.getElementById('state');
  var main=document.querySelector('main');
  var lastState=null,lastMain=null;
  function refresh(){
    var url=location.pathname+(location.search?location.search+'&':'?')+'fragment=1';
    fetch(url,{cache:'no-store'}).then(function(r){return r.ok?r.text():null}).then(function(html){
      if(html===null)return;
      var at=html.indexOf('<!-- main -->');
      if(at<0)return;
      var s=html.slice(0,at),m=html.slice(at+13);
      if(s!==lastState){lastState=s;if(state.innerHTML!==s)state.innerHTML=s;}
      if(m!==lastMain){lastMain=m;main.innerHTML=m;}
    });
  }
  if(window.EventSource){
    var events=new EventSource('/events');
    events.addEventListener('update',refresh);
    events.onopen=refresh;
  }
})();
";

/// A page's fragment: its state line and its `main`, as the script takes
/// them.
pub fn fragment(state: &str, main: &str) -> String {
    format!("{state}{FRAGMENT_MARK}{main}")
}

/// A whole page: the state line (in a live region) and `main` (their
/// inner HTML).
pub fn page(title: &str, heading: &str, state: &str, main: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
<a class=\"skip\" href=\"#documents\">{skip}</a>\n\
<header><p>gabarit · {serve}</p><h1>{heading}</h1></header>\n\
<div id=\"state\" role=\"status\" aria-live=\"polite\">{state}</div>\n\
<main>{main}</main>\n\
<footer><p>{footer}</p></footer>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        lang = crate::i18n::lang().code(),
        title = escape(title),
        serve = escape(&t!("serve-name")),
        heading = escape(heading),
        footer = escape(&t!("serve-footer")),
        skip = escape(&t!("serve-skip")),
    )
}

/// The state line: checking (the first time), errors, making, or up to
/// date. While the data is checked again (a fraction of a second), the
/// last state stays: the page does not flash.
pub fn state_line(v: &View) -> String {
    let (class, state, text) = if !v.checked {
        ("busy", "busy", t!("serve-checking"))
    } else if v.errors() > 0 {
        (
            "bad",
            "errors",
            t!(
                "serve-errors",
                errors = v.errors(),
                warnings = v.problems.len() - v.errors()
            ),
        )
    } else if v.building || v.checking {
        ("busy", "busy", t!("serve-building"))
    } else if v.failed() > 0 {
        ("bad", "failed", t!("serve-failed", failed = v.failed()))
    } else {
        (
            "ok",
            "ready",
            t!("serve-consistent", warnings = v.problems.len()),
        )
    };
    format!(
        "<div class=\"state {class}\" data-state=\"{state}\" data-generation=\"{}\">{text}</div>",
        v.generation,
        text = escape(&text)
    )
}

/// The diagnostics, as `check` prints them.
fn problems(v: &View) -> String {
    let mut out = String::new();
    for p in &v.problems {
        out.push_str(&format!(
            "<pre class=\"{}\">{}</pre>\n",
            if p.error { "error" } else { "warning" },
            escape(p.text.trim_end())
        ));
    }
    out
}

/// The label of a status, and its class.
fn status(s: &Status) -> (&'static str, String) {
    match s {
        Status::UpToDate => ("up-to-date", t!("serve-status-up-to-date")),
        Status::BeingMade => ("being-made", t!("serve-status-being-made")),
        Status::Failed(_) => ("failed", t!("serve-status-failed")),
        Status::Stale => ("stale", t!("serve-status-stale")),
        Status::Issued => ("issued", t!("serve-status-issued")),
        Status::ChangedSinceIssue(_) => ("changed", t!("serve-status-changed")),
    }
}

/// What the register says of an issued document, in one line: « acte
/// n° 2006-CONV-002 émis le 30/11/2006, signé ».
fn act_line(d: &Document) -> String {
    let Some(act) = &d.act else {
        return String::new();
    };
    let line = t!(
        "serve-act",
        number = act.number.as_str(),
        date = act.issued.as_str()
    );
    match act.signed {
        Some(_) => t!("serve-act-signed", act = line),
        None => line,
    }
}

/// The changes since issue of a document, said under its state.
fn changes_detail(s: &Status) -> String {
    match s {
        Status::ChangedSinceIssue(changes) => format!(
            "<p class=\"changes\">{}</p>",
            escape(&t!("serve-changes", changes = changes.as_str()))
        ),
        _ => String::new(),
    }
}

/// The link to a file of the current build, with its version so that a
/// browser fetches it again when it changed.
fn file_href(path: &str, version: &str) -> String {
    if version.is_empty() {
        format!("/files/{}", url_path(path))
    } else {
        format!("/files/{}?v={}", url_path(path), url_path(version))
    }
}

fn format_label(f: Format) -> &'static str {
    match f {
        Format::Pdf => "PDF",
        Format::Docx => "DOCX",
    }
}

/// The inner HTML of the home page's `main`.
pub fn home_main(v: &View) -> String {
    let mut out = String::new();
    out.push_str(&format!("<h2>{}</h2>\n", escape(&t!("serve-check"))));
    if v.problems.is_empty() && v.checked {
        out.push_str(&format!("<p>{}</p>\n", escape(&t!("serve-no-problem"))));
    }
    out.push_str(&problems(v));
    if !v.figures.is_empty() {
        let heading = if v.errors() > 0 {
            t!("serve-figures-last-good")
        } else {
            t!("serve-figures")
        };
        out.push_str(&format!("<h2>{}</h2>\n<dl>\n", escape(&heading)));
        for (label, value) in &v.figures {
            out.push_str(&format!(
                "<dt>{}</dt><dd>{}</dd>\n",
                escape(label),
                escape(value)
            ));
        }
        out.push_str("</dl>\n");
    }
    out.push_str(&format!(
        "<h2 id=\"documents\">{}</h2>\n",
        escape(&t!("serve-documents"))
    ));
    if v.documents.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", escape(&t!("serve-no-document"))));
        return out;
    }
    if !v.summary.is_empty() {
        out.push_str(&format!("<p>{}</p>\n", escape(&v.summary)));
    }
    let stale = if v.errors() > 0 {
        format!(
            " <span class=\"note\">{}</span>",
            escape(&t!("serve-zip-stale"))
        )
    } else {
        String::new()
    };
    out.push_str(&format!(
        "<p><a href=\"/documents.zip\" download>{}</a>{stale}</p>\n",
        escape(&t!("serve-download-all"))
    ));
    let mut family = None;
    for d in &v.documents {
        if family != Some(&d.family) {
            if family.is_some() {
                out.push_str("</tbody></table>\n");
            }
            family = Some(&d.family);
            let count = v.documents.iter().filter(|o| o.family == d.family).count();
            out.push_str(&format!(
                "<h3>{}</h3>\n<p>{}</p>\n<table>\n<caption class=\"sr\">{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
                escape(&d.family_label),
                escape(&t!(
                    "serve-family",
                    documents = count,
                    folder = format!("{}/", d.folder)
                )),
                escape(&d.family_label),
                escape(&t!("serve-column-document")),
                escape(&t!("serve-column-files")),
                escape(&t!("serve-column-status")),
            ));
        }
        out.push_str(&document_row(d));
    }
    out.push_str("</tbody></table>\n");
    out
}

/// One row of the documents' table.
fn document_row(d: &Document) -> String {
    let (class, label) = status(&d.status);
    let files: Vec<String> = d
        .files
        .iter()
        .map(|f| {
            format!(
                "<a href=\"{}\">{}<span class=\"sr\"> – {}</span></a>",
                escape(&file_href(&f.path, &f.version)),
                format_label(f.format),
                escape(&d.title)
            )
        })
        .collect();
    let detail = match &d.status {
        Status::Failed(text) => format!("<pre class=\"error\">{}</pre>", escape(text.trim_end())),
        other => changes_detail(other),
    };
    let act = match act_line(d) {
        line if line.is_empty() => String::new(),
        line => format!("<br><small class=\"act\">{}</small>", escape(&line)),
    };
    format!(
        "<tr><td><a href=\"/document/{}\">{}</a><br><small>{}</small></td><td>{}</td><td class=\"status-{class}\">{}{act}{detail}</td></tr>\n",
        escape(&url_path(&format!("{}/{}", d.folder, d.name))),
        escape(&d.title),
        escape(&d.name),
        files.join(" · "),
        escape(&label),
    )
}

/// The inner HTML of a document's page: its state, the PDF shown by the
/// browser's own viewer, the DOCX to download.
pub fn document_main(v: &View, d: &Document) -> String {
    let (class, label) = status(&d.status);
    let mut out = String::new();
    out.push_str(&format!(
        "<p><a href=\"/\">{}</a></p>\n<p>{} <span class=\"status-{class}\">{}</span></p>\n",
        escape(&t!("serve-back")),
        escape(&t!("serve-status-label")),
        escape(&label)
    ));
    if let Status::Failed(text) = &d.status {
        out.push_str(&format!(
            "<pre class=\"error\">{}</pre>\n",
            escape(text.trim_end())
        ));
    }
    let act = act_line(d);
    if !act.is_empty() {
        out.push_str(&format!("<p class=\"act\">{}</p>\n", escape(&act)));
    }
    if d.act.as_ref().is_some_and(|a| a.signed_file.is_some()) {
        out.push_str(&format!(
            "<p><a href=\"/signed/{}\">{}</a></p>\n",
            escape(&url_path(&format!("{}/{}", d.folder, d.name))),
            escape(&t!("serve-signed-copy"))
        ));
    }
    out.push_str(&changes_detail(&d.status));
    out.push_str(&problems(v));
    let links: Vec<String> = d
        .files
        .iter()
        .map(|f| {
            let href = escape(&file_href(&f.path, &f.version));
            match f.format {
                Format::Docx => format!(
                    "<a href=\"{href}\" download>{}</a>",
                    escape(&t!("serve-download-docx"))
                ),
                Format::Pdf => format!("<a href=\"{href}\">{}</a>", escape(&t!("serve-open-pdf"))),
            }
        })
        .collect();
    out.push_str(&format!("<p>{}</p>\n", links.join(" · ")));
    for f in d.files.iter().filter(|f| f.format == Format::Pdf) {
        let href = escape(&file_href(&f.path, &f.version));
        out.push_str(&format!(
            "<object data=\"{href}\" type=\"application/pdf\" aria-label=\"{title}\"><p><a href=\"{href}\">{open}</a></p></object>\n",
            open = escape(&t!("serve-open-pdf")),
            title = escape(&d.title),
        ));
    }
    out
}

/// The page of an address that names nothing.
pub fn not_found() -> String {
    page(
        &t!("serve-not-found"),
        &t!("serve-not-found"),
        "",
        &format!(
            "<p>{}</p><p><a href=\"/\">{}</a></p>",
            escape(&t!("serve-not-found-hint")),
            escape(&t!("serve-back"))
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_never_becomes_markup() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"y\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;"
        );
        let v = View {
            checked: true,
            title: "<b>".into(),
            documents: vec![Document {
                family: "conventions-programme".into(),
                family_label: "Conventions <b>".into(),
                folder: "conventions".into(),
                name: "convention-<i>".into(),
                title: "Convention <img src=x onerror=alert(1)>".into(),
                files: vec![],
                status: Status::Failed("<script>".into()),
                act: None,
            }],
            ..View::default()
        };
        let html = home_main(&v);
        assert!(!html.contains("<img") && !html.contains("<script>") && !html.contains("<i>"));
        assert!(html.contains("Convention &lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn file_names_are_addresses() {
        assert_eq!(
            url_path("conventions/a b é.pdf"),
            "conventions/a%20b%20%C3%A9.pdf"
        );
    }
}
