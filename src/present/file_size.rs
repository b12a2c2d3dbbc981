//! File sizes as a reader expects them: decimal units (1 kB = 1,000 bytes), one decimal
//! below 100, so „143,5 kB“ for 143,547 bytes.

use super::format_number;
use crate::text::Lang;
use crate::tr;

/// `bytes` in bytes, kB or MB with the language's decimal mark.
pub fn format_file_size(bytes: usize, lang: Lang) -> String {
    let value = bytes as f64;
    if bytes < 1_000 {
        return tr!(lang, "file-size-bytes", count = bytes);
    }
    let (amount, key) = if value < 1_000_000.0 {
        (value / 1_000.0, "kB")
    } else {
        (value / 1_000_000.0, "MB")
    };
    let decimals = if amount < 100.0 { 1 } else { 0 };
    format!("{}\u{a0}{key}", format_number(amount, decimals, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_use_decimal_units_and_the_decimal_mark() {
        assert_eq!(format_file_size(143_547, Lang::De), "144\u{a0}kB");
        assert_eq!(format_file_size(43_547, Lang::De), "43,5\u{a0}kB");
        assert_eq!(format_file_size(43_547, Lang::En), "43.5\u{a0}kB");
        assert_eq!(format_file_size(2_345_678, Lang::En), "2.3\u{a0}MB");
        assert_eq!(format_file_size(1, Lang::De), "1 Byte");
        assert_eq!(format_file_size(999, Lang::En), "999 bytes");
    }
}
