//! Fonts, colour themes and projector mode.

use crate::ui::prefs::ThemeChoice;
use egui::{Color32, FontFamily, FontId, Stroke, TextStyle, Theme, Visuals};

/// Name of the bold font family used for headings.
pub(crate) const BOLD: &str = "bold";

/// Text style of the question text.
pub(crate) fn question_style() -> TextStyle {
    TextStyle::Name("question".into())
}

/// The bold face (DejaVu Sans Bold) as a font family.
pub(crate) fn bold_family() -> FontFamily {
    FontFamily::Name(BOLD.into())
}

/// Text style of the large level number on a card.
pub(crate) fn level_number_style() -> TextStyle {
    TextStyle::Name("level".into())
}

/// Installs DejaVu Sans (regular and bold), shipped in `assets/fonts`, which covers
/// umlauts, ß and German quotation marks and is heavier than egui's default font.
pub fn install_fonts(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "dejavu".into(),
        egui::FontData::from_static(include_bytes!("../../assets/fonts/DejaVuSans.ttf")).into(),
    );
    fonts.font_data.insert(
        "dejavu-bold".into(),
        egui::FontData::from_static(include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf"))
            .into(),
    );
    if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
        family.insert(0, "dejavu".into());
    }
    let mut bold = vec!["dejavu-bold".to_string()];
    bold.extend(
        fonts
            .families
            .get(&FontFamily::Proportional)
            .cloned()
            .unwrap_or_default(),
    );
    fonts.families.insert(FontFamily::Name(BOLD.into()), bold);
    ctx.set_fonts(fonts);
}

/// The colours of `theme`, with projector mode's black or white text and stronger
/// outlines where `projector` is on.
pub(crate) fn visuals_for(theme: ThemeChoice, projector: bool) -> Visuals {
    let mut visuals = match theme {
        ThemeChoice::Light => light(),
        ThemeChoice::Dark => dark(),
        ThemeChoice::HighContrast => high_contrast(),
    };
    focus_ring(&mut visuals, theme, projector);
    if projector {
        // Grey text is the main text colour, faded.
        visuals.weak_text_color = None;
        let text = if visuals.dark_mode {
            Color32::WHITE
        } else {
            Color32::BLACK
        };
        for widgets in [
            &mut visuals.widgets.noninteractive,
            &mut visuals.widgets.inactive,
            &mut visuals.widgets.hovered,
            &mut visuals.widgets.active,
        ] {
            widgets.bg_stroke.width = widgets.bg_stroke.width.max(1.5);
            widgets.fg_stroke.color = text;
        }
    }
    visuals
}

/// Applies the theme and text sizes; projector mode enlarges text and removes grey text.
pub fn apply(ctx: &egui::Context, theme: ThemeChoice, projector: bool) {
    let base = match theme {
        ThemeChoice::Light => Theme::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => Theme::Dark,
    };
    ctx.set_theme(base);
    let visuals = visuals_for(theme, projector);
    let scale = if projector { 1.7 } else { 1.0 };
    ctx.style_mut_of(base, |style| {
        style.visuals = visuals;
        let bold = bold_family();
        style.text_styles = [
            (TextStyle::Heading, FontId::new(24.0 * scale, bold.clone())),
            (TextStyle::Body, FontId::proportional(16.0 * scale)),
            (TextStyle::Button, FontId::proportional(16.0 * scale)),
            (TextStyle::Small, FontId::proportional(13.0 * scale)),
            (TextStyle::Monospace, FontId::monospace(14.0 * scale)),
            (question_style(), FontId::new(22.0 * scale, bold.clone())),
            (level_number_style(), FontId::new(30.0 * scale, bold)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0) * scale.sqrt();
        style.spacing.button_padding = egui::vec2(10.0, 5.0) * scale.sqrt();
        style.spacing.interact_size.y = 24.0 * scale;
        // Checkboxes, radio buttons and the arrows of collapsing sections grow with the text.
        style.spacing.icon_width = 14.0 * scale;
        style.spacing.icon_width_inner = 8.0 * scale;
        style.spacing.icon_spacing = 4.0 * scale.sqrt();
    });
}

/// egui's light theme with the colours that fell short of WCAG AA on its light grey panel
/// (#F8F8F8) darkened: muted text 2.9:1 → 5.6:1, links 2.8:1 → 6.3:1, errors 3.8:1 →
/// 6.2:1, warnings 2.8:1 → 5.5:1.
fn light() -> Visuals {
    let mut v = Visuals::light();
    v.weak_text_color = Some(Color32::from_gray(100));
    v.hyperlink_color = Color32::from_rgb(0, 92, 175);
    v.error_fg_color = Color32::from_rgb(190, 0, 0);
    v.warn_fg_color = Color32::from_rgb(168, 72, 0);
    v
}

/// egui's dark theme with brighter text (5.1:1 → 8.3:1 on #1B1B1B), so that muted text
/// can stay darker than it and still reach 4.5:1 (2.7:1 → 5.1:1), and a lighter red for
/// errors (4.3:1 → 5.9:1).
fn dark() -> Visuals {
    let mut v = Visuals::dark();
    v.widgets.noninteractive.fg_stroke.color = Color32::from_gray(180);
    v.weak_text_color = Some(Color32::from_gray(140));
    v.error_fg_color = Color32::from_rgb(255, 100, 100);
    v
}

/// A focus ring that stands out: egui draws a focused widget with the "active" visuals
/// (1 px by default); here 2.5 px (3 px in projector mode) in a strong colour of the
/// theme – dark blue on light, light blue on dark, yellow in high contrast – and the
/// frame of a focused text field 2 px.
fn focus_ring(visuals: &mut Visuals, theme: ThemeChoice, projector: bool) {
    let color = match theme {
        ThemeChoice::Light => Color32::from_rgb(0, 70, 160),
        ThemeChoice::Dark => Color32::from_rgb(120, 200, 255),
        ThemeChoice::HighContrast => Color32::from_rgb(255, 214, 0),
    };
    let width = if projector { 3.0 } else { 2.5 };
    visuals.widgets.active.bg_stroke = Stroke::new(width, color);
    visuals.selection.stroke.width = visuals.selection.stroke.width.max(2.0);
}

/// The stroke a focused widget is drawn with.
pub(crate) fn focus_stroke(ui: &egui::Ui) -> Stroke {
    ui.visuals().widgets.active.bg_stroke
}

fn high_contrast() -> Visuals {
    let mut v = Visuals::dark();
    let yellow = Color32::from_rgb(255, 214, 0);
    v.override_text_color = None;
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(24);
    // The selection stroke is both the text on a selection and the outline of a focused
    // text field (on black): yellow on dark blue, not black on yellow, which left the
    // focused field's outline black on black (1:1).
    v.selection.bg_fill = Color32::from_rgb(0, 0, 150);
    v.selection.stroke = Stroke::new(2.0, yellow);
    v.hyperlink_color = yellow;
    for widgets in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
        &mut v.widgets.open,
    ] {
        widgets.bg_fill = Color32::BLACK;
        widgets.weak_bg_fill = Color32::BLACK;
        widgets.bg_stroke = Stroke::new(1.5, Color32::WHITE);
        widgets.fg_stroke = Stroke::new(1.5, Color32::WHITE);
    }
    v.widgets.hovered.bg_stroke = Stroke::new(3.0, yellow);
    v.widgets.active.bg_stroke = Stroke::new(3.0, yellow);
    v
}

#[cfg(test)]
mod tests {
    //! WCAG 2.1 AA contrast of the app's colours in every theme, with and without
    //! projector mode: text at least 4.5:1 (3:1 for large text, i.e. headings of 24 px
    //! bold and more), the focus ring and the chart marks at least 3:1 (1.4.11).

    use super::*;

    /// The relative luminance of an sRGB colour (WCAG 2.1).
    fn luminance(c: Color32) -> f64 {
        let channel = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(c.r()) + 0.7152 * channel(c.g()) + 0.0722 * channel(c.b())
    }

    /// A colour as painted over an opaque `ground` (egui's colours are premultiplied).
    fn over(c: Color32, ground: Color32) -> Color32 {
        let a = f64::from(c.a()) / 255.0;
        let mix = |f: u8, g: u8| (f64::from(f) + f64::from(g) * (1.0 - a)).round() as u8;
        Color32::from_rgb(
            mix(c.r(), ground.r()),
            mix(c.g(), ground.g()),
            mix(c.b(), ground.b()),
        )
    }

    /// The WCAG contrast ratio of `fg` painted on `bg`.
    pub(crate) fn contrast(fg: Color32, bg: Color32) -> f64 {
        let fg = over(fg, bg);
        let (a, b) = (luminance(fg), luminance(bg));
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Every pair of colours the app shows, with the ratio it needs; translucent grounds
    /// (egui's striped rows) as painted on the panel.
    fn pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32, f64)> {
        let mut pairs = raw_pairs(v);
        for (_, _, bg, _) in &mut pairs {
            *bg = over(*bg, v.panel_fill);
        }
        pairs
    }

    fn raw_pairs(v: &Visuals) -> Vec<(&'static str, Color32, Color32, f64)> {
        const TEXT: f64 = 4.5;
        const LARGE: f64 = 3.0;
        const NON_TEXT: f64 = 3.0;
        let w = &v.widgets;
        let (own, peers) = crate::ui::charts::chart_colors(v.dark_mode);
        let series = |i| crate::ui::charts::series_color(i, v.dark_mode);
        vec![
            ("text on panel", v.text_color(), v.panel_fill, TEXT),
            ("text on window", v.text_color(), v.window_fill, TEXT),
            (
                "text on striped row / card",
                v.text_color(),
                v.faint_bg_color,
                TEXT,
            ),
            (
                "text in text field",
                v.text_color(),
                v.text_edit_bg_color(),
                TEXT,
            ),
            (
                "weak text on panel",
                v.weak_text_color(),
                v.panel_fill,
                TEXT,
            ),
            (
                "weak text on window",
                v.weak_text_color(),
                v.window_fill,
                TEXT,
            ),
            (
                "strong text on panel",
                v.strong_text_color(),
                v.panel_fill,
                TEXT,
            ),
            (
                "heading on panel",
                v.strong_text_color(),
                v.panel_fill,
                LARGE,
            ),
            ("link on panel", v.hyperlink_color, v.panel_fill, TEXT),
            ("error on panel", v.error_fg_color, v.panel_fill, TEXT),
            ("error on window", v.error_fg_color, v.window_fill, TEXT),
            ("warning on panel", v.warn_fg_color, v.panel_fill, TEXT),
            ("warning on window", v.warn_fg_color, v.window_fill, TEXT),
            (
                "warning on striped row",
                v.warn_fg_color,
                v.faint_bg_color,
                TEXT,
            ),
            (
                "selected text",
                v.selection.stroke.color,
                v.selection.bg_fill,
                TEXT,
            ),
            (
                "button text",
                w.inactive.fg_stroke.color,
                w.inactive.weak_bg_fill,
                TEXT,
            ),
            (
                "button text, hovered",
                w.hovered.fg_stroke.color,
                w.hovered.weak_bg_fill,
                TEXT,
            ),
            (
                "button text, pressed/focused",
                w.active.fg_stroke.color,
                w.active.weak_bg_fill,
                TEXT,
            ),
            (
                "focus ring on panel",
                w.active.bg_stroke.color,
                v.panel_fill,
                NON_TEXT,
            ),
            (
                "focus ring of a text field",
                v.selection.stroke.color,
                v.panel_fill,
                NON_TEXT,
            ),
            ("chart: own", own, v.panel_fill, NON_TEXT),
            ("chart: peers", peers, v.panel_fill, NON_TEXT),
            ("progress chart: line 1", series(0), v.panel_fill, NON_TEXT),
            ("progress chart: line 2", series(1), v.panel_fill, NON_TEXT),
            ("progress chart: line 3", series(2), v.panel_fill, NON_TEXT),
            ("progress chart: line 4", series(3), v.panel_fill, NON_TEXT),
            ("progress chart: line 5", series(4), v.panel_fill, NON_TEXT),
            ("progress chart: line 6", series(5), v.panel_fill, NON_TEXT),
        ]
    }

    #[test]
    fn every_text_and_focus_colour_meets_wcag_aa_in_every_theme() {
        let mut failures = Vec::new();
        for theme in [
            ThemeChoice::Light,
            ThemeChoice::Dark,
            ThemeChoice::HighContrast,
        ] {
            for projector in [false, true] {
                let visuals = visuals_for(theme, projector);
                for (what, fg, bg, needed) in pairs(&visuals) {
                    let ratio = contrast(fg, bg);
                    let mode = if projector { "projector" } else { "normal" };
                    eprintln!("{theme:?}/{mode}: {what}: {ratio:.2}:1 (needs {needed}:1)");
                    if ratio < needed {
                        failures.push(format!(
                            "{theme:?}/{mode}: {what} {fg:?} on {bg:?}: {ratio:.2}:1 < {needed}:1"
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn the_contrast_formula_gives_wcag_s_reference_values() {
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(Color32::WHITE, Color32::WHITE) - 1.0).abs() < 1e-9);
        // #767676 on white is the lightest grey that passes 4.5:1.
        let grey = contrast(Color32::from_gray(0x76), Color32::WHITE);
        assert!((4.5..4.6).contains(&grey), "{grey}");
    }
}
