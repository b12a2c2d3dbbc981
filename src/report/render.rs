//! The printpdf step: laid-out pages to PDF bytes with embedded, subset fonts, tagged
//! (structure tree, artifacts, bookmarks, metadata: see [`super::tagging`]).

use super::fonts::Fonts;
use super::layout::{Colour, Dash, Item, PAGE_H, PAGE_W, Page};
use super::tagging::{Meta, Tagger};
use printpdf::{
    Color, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Polygon, PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

fn colour(c: Colour) -> Color {
    Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

fn point((x, y): (f32, f32)) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(PAGE_H - y),
        },
        bezier: false,
    }
}

/// Renders `pages` into a tagged PDF described by `meta`.
pub fn render(fonts: &Fonts, meta: &Meta, pages: &[Page]) -> Result<Vec<u8>, lopdf::Error> {
    let mut doc = PdfDocument::new(&meta.title);
    let regular = PdfFontHandle::External(doc.add_font(&fonts.regular));
    let bold = PdfFontHandle::External(doc.add_font(&fonts.bold));
    let mut tagger = Tagger::new();
    let pdf_pages = pages
        .iter()
        .enumerate()
        .map(|(index, page)| {
            let mut ops = Vec::with_capacity(page.items.len() * 6);
            tagger.start_page(index);
            for (i, item) in page.items.iter().enumerate() {
                tagger.item(item, &mut ops);
                match item {
                    Item::Begin { .. } | Item::End => {}
                    Item::Text { x, y, text, style } => {
                        ops.push(Op::StartTextSection);
                        ops.push(Op::SetFont {
                            font: if style.bold {
                                bold.clone()
                            } else {
                                regular.clone()
                            },
                            size: Pt(style.size),
                        });
                        ops.push(Op::SetFillColor {
                            col: colour(style.colour),
                        });
                        ops.push(Op::SetTextCursor {
                            pos: Point {
                                x: Pt(*x),
                                y: Pt(PAGE_H - y),
                            },
                        });
                        // A line followed by more text of the same element (its next
                        // line, the next chart label) ends in a space, so text
                        // extraction and screen readers do not run words together.
                        let next = page.items[i + 1..]
                            .iter()
                            .find(|n| !matches!(n, Item::Line { .. } | Item::Fill { .. }));
                        let shown = match next {
                            Some(Item::Text { .. }) => format!("{text} "),
                            _ => text.clone(),
                        };
                        ops.push(Op::ShowText {
                            items: vec![TextItem::Text(shown)],
                        });
                        ops.push(Op::EndTextSection);
                    }
                    Item::Line {
                        points,
                        closed,
                        width,
                        colour: c,
                        dash,
                    } => {
                        let pattern = match dash {
                            Dash::Solid => LineDashPattern::solid(),
                            Dash::Dashed => LineDashPattern::new(0.0, &[5.0, 3.0]),
                            Dash::Dotted => LineDashPattern::new(0.0, &[1.2, 2.0]),
                        };
                        ops.push(Op::SetOutlineColor { col: colour(*c) });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        ops.push(Op::SetLineDashPattern { dash: pattern });
                        ops.push(Op::DrawLine {
                            line: Line {
                                points: points.iter().copied().map(point).collect(),
                                is_closed: *closed,
                            },
                        });
                    }
                    Item::Fill { points, colour: c } => {
                        ops.push(Op::SetFillColor { col: colour(*c) });
                        ops.push(Op::DrawPolygon {
                            polygon: Polygon {
                                rings: vec![PolygonRing {
                                    points: points.iter().copied().map(point).collect(),
                                }],
                                mode: PaintMode::Fill,
                                winding_order: WindingOrder::NonZero,
                            },
                        });
                    }
                }
            }
            tagger.end_page(&mut ops);
            PdfPage::new(
                printpdf::Mm::from(Pt(PAGE_W)),
                printpdf::Mm::from(Pt(PAGE_H)),
                ops,
            )
        })
        .collect();
    let doc = doc.with_pages(pdf_pages);
    let options = PdfSaveOptions::default();
    let mut lo = printpdf::serialize::to_lopdf_doc(doc, &options, &mut Vec::new());
    tagger.write(&mut lo, meta)?;
    if options.optimize {
        lo.compress();
    }
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)?;
    Ok(bytes)
}
