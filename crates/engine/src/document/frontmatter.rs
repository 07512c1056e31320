//! Front matter: the settings of a document, in YAML between two `---`
//! lines at the top of a template's output.
//!
//! ```yaml
//! ---
//! title: Convention de partenariat
//! margins: { top: 25, right: 20, bottom: 25, left: 25 }   # millimetres
//! font: serif          # serif (Times-like) or sans (Arial-like)
//! font_size: 11        # points
//! header: Programme concerté franco-sénégalais
//! footer: Convention Melle – Ruffec
//! page_numbers: true   # "Page N / M" at the bottom right
//! initials: true       # a box for the signatories' initials on every page
//! ---
//! ```
//! Every key is optional; an unknown key is an error.

use serde::Deserialize;

/// Which font family the document is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum FontFamily {
    /// Liberation Serif, metric-compatible with Times New Roman.
    Serif,
    /// Liberation Sans, metric-compatible with Arial.
    #[default]
    Sans,
}

impl FontFamily {
    /// The font a DOCX names, which Word has and LibreOffice maps to the
    /// metric-compatible Liberation font.
    pub fn docx_name(self) -> &'static str {
        match self {
            FontFamily::Serif => "Times New Roman",
            FontFamily::Sans => "Arial",
        }
    }
}

/// Page margins in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Margins {
    /// Top.
    pub top: f32,
    /// Right.
    pub right: f32,
    /// Bottom.
    pub bottom: f32,
    /// Left.
    pub left: f32,
}

impl Default for Margins {
    fn default() -> Self {
        Margins {
            top: 25.0,
            right: 20.0,
            bottom: 25.0,
            left: 25.0,
        }
    }
}

/// The settings of a document. Paper is A4 portrait.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// Title, for the PDF and DOCX properties.
    pub title: String,
    /// Margins, in millimetres.
    pub margins: Margins,
    /// Font family.
    pub font: FontFamily,
    /// Body font size, in points.
    pub font_size: f32,
    /// Running header text, on every page.
    pub header: Option<String>,
    /// Running footer text, bottom left of every page.
    pub footer: Option<String>,
    /// "Page N / M" at the bottom right of every page.
    pub page_numbers: bool,
    /// A box for initials ("Paraphes") at the bottom of every page.
    pub initials: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            title: String::new(),
            margins: Margins::default(),
            font: FontFamily::default(),
            font_size: 11.0,
            header: None,
            footer: None,
            page_numbers: true,
            initials: false,
        }
    }
}

impl Settings {
    /// Checks the values make a page with room for text; returns what is
    /// wrong otherwise.
    pub fn validate(&self) -> Result<(), String> {
        let m = self.margins;
        for (name, v) in [
            ("top", m.top),
            ("right", m.right),
            ("bottom", m.bottom),
            ("left", m.left),
        ] {
            if !(5.0..=80.0).contains(&v) {
                return Err(crate::i18n::t!(
                    "front-matter-margin",
                    name = name,
                    value = v.to_string()
                ));
            }
        }
        if !(6.0..=24.0).contains(&self.font_size) {
            return Err(crate::i18n::t!(
                "front-matter-font-size",
                value = self.font_size.to_string()
            ));
        }
        Ok(())
    }
}
