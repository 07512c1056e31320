//! Images as PDF image streams, decoded and compressed once per process
//! (by the sha256 of their file), however many documents show them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use lopdf::{Dictionary, Object, Stream};

/// An image ready to embed: its size, and its pixels and alpha, compressed.
#[derive(Debug)]
pub struct Encoded {
    width: u32,
    height: u32,
    /// RGB pixels, Flate-compressed.
    rgb: Vec<u8>,
    /// Alpha channel, Flate-compressed, when the image has transparency.
    alpha: Option<Vec<u8>>,
}

/// Images are compressed once per process: at the best level.
fn flate(data: &[u8]) -> Vec<u8> {
    super::flate(data, 9).unwrap_or_default()
}

/// The image behind `bytes` (PNG or JPEG), encoded once.
pub fn encoded(bytes: &[u8]) -> Result<Arc<Encoded>, String> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Encoded>>>> = OnceLock::new();
    let key = crate::sha256_hex(bytes);
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    if let Some(hit) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(hit);
    }
    let image = image::load_from_memory(bytes).map_err(|e| e.to_string())?;
    let rgba = image.to_rgba8();
    let (width, height) = rgba.dimensions();
    let opaque = rgba.pixels().all(|p| p.0[3] == 255);
    let mut rgb = Vec::with_capacity((width * height * 3) as usize);
    let mut alpha = Vec::with_capacity((width * height) as usize);
    for p in rgba.pixels() {
        rgb.extend_from_slice(&p.0[..3]);
        alpha.push(p.0[3]);
    }
    let encoded = Arc::new(Encoded {
        width,
        height,
        rgb: flate(&rgb),
        alpha: (!opaque).then(|| flate(&alpha)),
    });
    if let Ok(mut c) = cache.lock() {
        c.insert(key, encoded.clone());
    }
    Ok(encoded)
}

impl Encoded {
    fn dict(&self, color: &str) -> Dictionary {
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"XObject".to_vec())),
            ("Subtype", Object::Name(b"Image".to_vec())),
            ("Width", Object::Integer(i64::from(self.width))),
            ("Height", Object::Integer(i64::from(self.height))),
            ("ColorSpace", Object::Name(color.as_bytes().to_vec())),
            ("BitsPerComponent", Object::Integer(8)),
            ("Filter", Object::Name(b"FlateDecode".to_vec())),
        ])
    }

    /// The image stream, with its soft mask added to `lo` when it has one.
    pub fn stream(&self, lo: &mut lopdf::Document) -> Stream {
        let mut dict = self.dict("DeviceRGB");
        if let Some(alpha) = &self.alpha {
            let mask = Stream::new(self.dict("DeviceGray"), alpha.clone()).with_compression(false);
            let id = lo.add_object(Object::Stream(mask));
            dict.set("SMask", Object::Reference(id));
        }
        Stream::new(dict, self.rgb.clone()).with_compression(false)
    }
}
