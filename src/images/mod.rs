//! Petition images. An upload is never stored or served as sent: its type is read from its first
//! bytes (JPEG, PNG or WebP only; SVG and everything else refused), its pixel count from its header
//! before anything is decoded, and only then is it decoded (with allocation limits, off the async
//! runtime) and re-encoded as two JPEGs without any metadata: a page/list size and a 1200x630 crop
//! for link previews. The results live in the database, addressed by their hash, so every instance
//! serves them and their URLs can be cached for ever.

pub mod art;
pub mod pages;
pub mod store;

use std::io::Cursor;

use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage};
use sha2::{Digest, Sha256};

/// The most an upload may weigh (the upload route alone takes bodies this large).
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;
/// The most pixels an upload may have, read from its header before decoding.
pub const MAX_PIXELS: u64 = 40_000_000;
/// The longest side an upload may have (a 1 x 40,000,000 strip is no picture).
const MAX_SIDE: u32 = 20_000;
/// What a decoder may allocate: a 40-megapixel RGBA image with room to spare.
const MAX_ALLOC: u64 = 320 * 1024 * 1024;
/// The page and list image fits in this box; smaller uploads are not enlarged.
const PAGE_BOX: (u32, u32) = (800, 1000);
/// The link-preview crop (Open Graph, Twitter "summary_large_image").
pub const CARD: (u32, u32) = (1200, 630);
const JPEG_QUALITY: u8 = 82;

/// One re-encoded image.
#[derive(Debug, Clone)]
pub struct Encoded {
    /// SHA-256 of `bytes`, in hex: the image's address.
    pub hash: String,
    pub width: u32,
    pub height: u32,
    pub bytes: Vec<u8>,
}

impl Encoded {
    pub const MIME: &'static str = "image/jpeg";

    fn jpeg(img: &RgbImage) -> Result<Encoded, Refused> {
        let mut bytes = Vec::new();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, JPEG_QUALITY)
            .encode_image(img)
            .map_err(|e| Refused::Internal(e.to_string()))?;
        Ok(Encoded {
            hash: hex::encode(Sha256::digest(&bytes)),
            width: img.width(),
            height: img.height(),
            bytes,
        })
    }
}

/// The two sizes made from one upload.
#[derive(Debug, Clone)]
pub struct Processed {
    pub page: Encoded,
    pub card: Encoded,
}

/// Why an upload was refused; each but `Internal` is the uploader's to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Not JPEG, PNG or WebP by its first bytes (SVG, GIF, text, a document…).
    Type,
    /// Too many pixels (or too long a side), known from the header alone.
    Pixels { width: u32, height: u32 },
    /// It says it is an image but cannot be read as one.
    Unreadable,
    /// Encoding failed: ours to look at, never shown.
    Internal(String),
}

impl Refused {
    /// The message id shown to staff.
    pub fn message_id(&self) -> &'static str {
        match self {
            Refused::Type => "image-err-type",
            Refused::Pixels { .. } => "image-err-pixels",
            Refused::Unreadable => "image-err-unreadable",
            Refused::Internal(_) => "error-internal",
        }
    }
}

/// The format by the upload's first bytes; what a client says the type is counts for nothing.
pub fn sniff(bytes: &[u8]) -> Result<ImageFormat, Refused> {
    match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) => Ok(f),
        _ => Err(Refused::Type),
    }
}

/// Width and height from the header only, refused when over the limits: nothing is decoded, so a
/// tiny file announcing 50,000 x 50,000 pixels costs nothing.
pub fn check_dimensions(bytes: &[u8], format: ImageFormat) -> Result<(u32, u32), Refused> {
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|_| Refused::Unreadable)?;
    let pixels = u64::from(width) * u64::from(height);
    if pixels > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE {
        return Err(Refused::Pixels { width, height });
    }
    if width == 0 || height == 0 {
        return Err(Refused::Unreadable);
    }
    Ok((width, height))
}

/// Checks, decodes and re-encodes an upload. CPU-heavy: call it from `spawn_blocking`.
pub fn process(bytes: &[u8]) -> Result<Processed, Refused> {
    let format = sniff(bytes)?;
    let (width, height) = check_dimensions(bytes, format)?;
    let img = decode(bytes, format).map_err(|e| match e {
        // Within the pixel limit but too much memory still (16-bit colour, say): too big all the same.
        image::ImageError::Limits(_) => Refused::Pixels { width, height },
        _ => Refused::Unreadable,
    })?;
    // Transparent parts become white (JPEG has no alpha); everything else is pixels only.
    let rgb = flatten(&img);
    let img = DynamicImage::ImageRgb8(rgb);
    let (w, h) = (img.width(), img.height());
    let page = if w <= PAGE_BOX.0 && h <= PAGE_BOX.1 {
        img.clone()
    } else {
        img.resize(PAGE_BOX.0, PAGE_BOX.1, FilterType::Triangle)
    };
    let card = img.resize_to_fill(CARD.0, CARD.1, FilterType::Triangle);
    Ok(Processed {
        page: Encoded::jpeg(&page.into_rgb8())?,
        card: Encoded::jpeg(&card.into_rgb8())?,
    })
}

/// Decodes with the decoder's own limits set too, and turns the picture upright as its EXIF
/// orientation says (the EXIF block itself is then dropped with everything else).
fn decode(bytes: &[u8], format: ImageFormat) -> image::ImageResult<DynamicImage> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder()?;
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder)?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    Ok(img)
}

fn flatten(img: &DynamicImage) -> RgbImage {
    if !img.color().has_alpha() {
        return img.to_rgb8();
    }
    let rgba = img.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over_white =
            |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        image::Rgb([over_white(r), over_white(g), over_white(b)])
    })
}

/// Processes an image off the runtime, with plain-English errors (the CLI and the demo seed;
/// staff uploads go through `admin::images`, which also audits).
pub async fn process_file(bytes: Vec<u8>) -> anyhow::Result<Processed> {
    tokio::task::spawn_blocking(move || process(&bytes))
        .await?
        .map_err(|e| match e {
            Refused::Pixels { width, height } => anyhow::anyhow!(
                "the image has {width} x {height} pixels; at most {MAX_PIXELS} are taken"
            ),
            Refused::Internal(e) => anyhow::anyhow!("the image could not be encoded: {e}"),
            _ => anyhow::anyhow!("the image is not a readable JPEG, PNG or WebP file"),
        })
}

/// Makes a processed image the petition's, with its description when given.
pub async fn attach(
    db: &crate::db::Db,
    petition: i64,
    processed: &Processed,
    alt: Option<&str>,
) -> anyhow::Result<()> {
    let now = crate::db::now_ms();
    crate::on_db!(db, store::sql, set(petition, Some(processed), now))?;
    if let Some(alt) = alt {
        crate::on_db!(db, store::sql, set_alt(petition, alt.trim(), now))?;
    }
    Ok(())
}

/// The public address of a stored image (absolute, for link previews).
pub fn url(base: &str, hash: &str) -> String {
    format!("{base}/images/{hash}.jpg")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let img = RgbImage::from_fn(width, height, |x, y| image::Rgb([x as u8, y as u8, 90]));
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn re_encodes_to_two_jpeg_sizes() {
        let p = process(&png(1600, 900)).unwrap();
        assert_eq!((p.page.width, p.page.height), (800, 450));
        assert_eq!((p.card.width, p.card.height), CARD);
        assert!(p.page.bytes.starts_with(&[0xFF, 0xD8, 0xFF]));
        assert_ne!(p.page.hash, p.card.hash);
    }

    #[test]
    fn small_uploads_are_not_enlarged_on_the_page() {
        let p = process(&png(300, 200)).unwrap();
        assert_eq!((p.page.width, p.page.height), (300, 200));
    }

    #[test]
    fn refuses_what_is_not_a_picture_we_take() {
        assert_eq!(
            sniff(b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
            Err(Refused::Type)
        );
        assert_eq!(sniff(b"GIF89a...."), Err(Refused::Type));
        assert_eq!(sniff(b"hello"), Err(Refused::Type));
        // A PNG signature followed by nothing readable.
        let mut broken = png(10, 10);
        broken.truncate(20);
        assert_eq!(process(&broken).unwrap_err(), Refused::Unreadable);
    }
}
