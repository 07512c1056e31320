//! No text of the programme holds a control character (a tab or line
//! break pasted from elsewhere, or one written as an escape in quotes).
//! Control characters typed directly in a file are caught while loading,
//! where their exact place is known.

use serde_json::Value;

use super::Ctx;

/// Applies the rule to every text of the YAML programme.
pub fn check(ctx: &mut Ctx<'_>) {
    let Ok(Value::Object(root)) = serde_json::to_value(ctx.programme) else {
        return;
    };
    let mut found = Vec::new();
    for (key, value) in &root {
        if key != "ledger" && key != "participants" {
            walk(key.clone(), value, &mut found);
        }
    }
    for (path, c) in found {
        ctx.error(
            "control-character",
            ctx.at(&path),
            format!("the text at `{path}` holds the invisible control character U+{:04X}", c as u32),
            "remove the escape sequence (such as \\t or \\f) from the quoted text; for a new line in a text, use a YAML block (`|`)".into(),
        );
    }
}

fn walk(path: String, value: &Value, found: &mut Vec<(String, char)>) {
    match value {
        Value::String(s) => {
            if let Some(c) = s.chars().find(|c| c.is_control() && *c != '\n') {
                found.push((path, c));
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(format!("{path}[{i}]"), item, found);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                walk(format!("{path}.{key}"), item, found);
            }
        }
        _ => {}
    }
}
