//! [`check`]: the typographic faults a print shop would reject, found on laid-out pages.

use super::*;

/// A typographic fault found by [`check`].
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    /// A heading with fewer than two lines of what follows on its page.
    LonelyHeading {
        /// Page index (from 0).
        page: usize,
        /// The heading.
        text: String,
    },
    /// The first line of a paragraph alone at the bottom of a page.
    Orphan {
        /// Page index of the lonely line.
        page: usize,
        /// The line.
        text: String,
    },
    /// The last line of a paragraph alone at the top of a page.
    Widow {
        /// Page index of the lonely line.
        page: usize,
        /// The line.
        text: String,
    },
    /// Two text lines whose boxes overlap, or that touch on one line (closer than
    /// [`MIN_GAP`]).
    Overlap {
        /// Page index.
        page: usize,
        /// One line.
        a: String,
        /// The other.
        b: String,
    },
    /// Text reaching outside the printable part of the page (see [`PRINT_INSET`]).
    OutsidePage {
        /// Page index.
        page: usize,
        /// The text.
        text: String,
    },
    /// Text below the smallest allowed size.
    TooSmall {
        /// Page index.
        page: usize,
        /// The text.
        text: String,
        /// Its size in points.
        size: f32,
    },
}

/// The lines of one element on one page: (page, [(page, baseline, text)]).
type PageLines<'a> = (usize, Vec<&'a (usize, f32, String)>);

/// The smallest text size anywhere in the report.
pub const MIN_TEXT_SIZE: f32 = 9.0;

/// The smallest horizontal gap between two pieces of text on the same line.
pub const MIN_GAP: f32 = 2.0;

/// How far from the paper's edge text must stay, so that office printers (which
/// cannot print the outer 4–5 mm) show all of it.
pub const PRINT_INSET: f32 = 14.0;

/// Checks laid-out pages for typographic faults: headings without two following lines
/// on their page, one-line orphans and widows of paragraphs and list items, overlapping
/// text, text under [`MIN_TEXT_SIZE`] and text outside the printable page.
pub fn check(pages: &[Page], m: &dyn Measure) -> Vec<Fault> {
    struct Open {
        role: Role,
        /// (page, baseline, text) of its lines.
        lines: Vec<(usize, f32, String)>,
    }
    let mut faults = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // Every content line in reading order: (page, baseline, heading index if in one).
    let mut flow_lines: Vec<(usize, f32, Option<usize>)> = Vec::new();
    let mut headings: Vec<(usize, String)> = Vec::new();
    for (p, page) in pages.iter().enumerate() {
        let mut boxes: Vec<(f32, f32, f32, f32, &str)> = Vec::new();
        for item in &page.items {
            match item {
                Item::Begin { role, .. } => stack.push(Open {
                    role: *role,
                    lines: Vec::new(),
                }),
                Item::End => {
                    let Some(open) = stack.pop() else { continue };
                    if matches!(open.role, Role::P | Role::LBody) {
                        let mut per_page: Vec<PageLines> = Vec::new();
                        for line in &open.lines {
                            match per_page.last_mut() {
                                Some((page, lines)) if *page == line.0 => {
                                    if !lines.iter().any(|l| (l.1 - line.1).abs() < 0.5) {
                                        lines.push(line);
                                    }
                                }
                                _ => per_page.push((line.0, vec![line])),
                            }
                        }
                        if per_page.len() > 1 {
                            if let Some((page, lines)) = per_page.first()
                                && lines.len() == 1
                            {
                                faults.push(Fault::Orphan {
                                    page: *page,
                                    text: lines[0].2.clone(),
                                });
                            }
                            if let Some((page, lines)) = per_page.last()
                                && lines.len() == 1
                            {
                                faults.push(Fault::Widow {
                                    page: *page,
                                    text: lines[0].2.clone(),
                                });
                            }
                        }
                    }
                    if open.role.is_heading() {
                        let text: Vec<&str> = open.lines.iter().map(|l| l.2.as_str()).collect();
                        headings.push((open.lines.first().map_or(p, |l| l.0), text.join(" ")));
                        let index = headings.len() - 1;
                        for line in &open.lines {
                            flow_lines.push((line.0, line.1, Some(index)));
                        }
                    }
                }
                Item::Text { x, y, text, style } => {
                    if style.size < MIN_TEXT_SIZE - 0.01 {
                        faults.push(Fault::TooSmall {
                            page: p,
                            text: text.clone(),
                            size: style.size,
                        });
                    }
                    let w = m.width(text, style.size, style.bold);
                    let (left, top, right, bottom) =
                        (*x, y - style.ascent(), x + w, y + style.size * 0.2);
                    if left < PRINT_INSET
                        || top < PRINT_INSET
                        || right > PAGE_W - PRINT_INSET
                        || bottom > PAGE_H - PRINT_INSET
                    {
                        faults.push(Fault::OutsidePage {
                            page: p,
                            text: text.clone(),
                        });
                    }
                    boxes.push((left, top, right, bottom, text));
                    let in_artifact = stack.iter().any(|o| o.role == Role::Artifact);
                    let in_heading = stack.iter().any(|o| o.role.is_heading());
                    if !in_artifact {
                        for open in stack.iter_mut() {
                            if matches!(open.role, Role::P | Role::LBody) || open.role.is_heading()
                            {
                                open.lines.push((p, *y, text.clone()));
                            }
                        }
                    }
                    if !in_artifact && !in_heading {
                        flow_lines.push((p, *y, None));
                    }
                }
                Item::Line { .. } | Item::Fill { .. } => {}
            }
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                // Text on one line needs a visible gap: boxes closer than
                // [`MIN_GAP`] count as touching („2.10Stufe“).
                let overlap_x = a.0.max(b.0) < a.2.min(b.2) + MIN_GAP;
                let overlap_y = a.1.max(b.1) < a.3.min(b.3) - 0.5;
                if overlap_x && overlap_y {
                    faults.push(Fault::Overlap {
                        page: p,
                        a: a.4.to_string(),
                        b: b.4.to_string(),
                    });
                }
            }
        }
    }
    // Each heading needs two more lines on its page before the page ends.
    for (i, (page, text)) in headings.iter().enumerate() {
        let Some(last) = flow_lines.iter().rposition(|l| l.2 == Some(i)) else {
            continue;
        };
        let mut following: Vec<(usize, f32)> = Vec::new();
        let mut seen_text = false;
        for line in &flow_lines[last + 1..] {
            // What belongs to the heading ends at the next heading; a heading that
            // directly follows (H1 then H2) counts as a line that must stay with it.
            if line.2.is_some() && seen_text {
                break;
            }
            seen_text |= line.2.is_none();
            if !following
                .iter()
                .any(|f| f.0 == line.0 && (f.1 - line.1).abs() < 0.5)
            {
                following.push((line.0, line.1));
            }
            if following.len() == 2 {
                break;
            }
        }
        if !following.is_empty() && following.iter().any(|f| f.0 != *page) {
            faults.push(Fault::LonelyHeading {
                page: *page,
                text: text.clone(),
            });
        }
    }
    faults
}
